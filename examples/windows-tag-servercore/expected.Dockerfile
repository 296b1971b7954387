FROM python:3.12-windowsservercore-ltsc2022
RUN pip install requests
RUN pip install flask gunicorn
COPY app.py C:/app/
CMD ["python", "C:/app/app.py"]
