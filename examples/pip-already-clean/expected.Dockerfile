FROM python:3.12-slim AS flag
RUN pip install --no-cache-dir flask

FROM flag AS env-disabled
ENV PIP_NO_CACHE_DIR=1 UV_NO_CACHE=true
RUN pip install gunicorn
RUN uv pip install --system httpx

FROM env-disabled AS mounted
RUN --mount=type=cache,target=/root/.cache/pip pip install requests
RUN --mount=type=cache,target=/root/.cache/uv uv sync

FROM mounted
RUN PIP_NO_CACHE_DIR=1 pip install rich
RUN pipenv install --system
RUN poetry install
