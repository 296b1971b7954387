FROM python:3.12-slim
RUN apt-get update
RUN apt-get install -y --no-install-recommends {{ system_packages | join(' ') }}
