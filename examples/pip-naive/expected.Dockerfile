FROM python:3.12-slim
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
RUN pip3 install --no-cache-dir --upgrade pip setuptools
RUN python -m pip install --no-cache-dir gunicorn
RUN uv pip install --no-cache --system httpx
RUN uv sync --no-cache --frozen
