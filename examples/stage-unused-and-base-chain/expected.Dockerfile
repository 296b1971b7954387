FROM ubuntu:24.04 AS base
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 python3-pip \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*

# Only built with --target dev: never part of the default image.
FROM base AS dev
RUN apt-get update
RUN apt-get install -y --no-install-recommends gdb strace

FROM base
COPY app.py /app/
CMD ["python3", "/app/app.py"]
