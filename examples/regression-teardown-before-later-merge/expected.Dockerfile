FROM debian:bookworm
RUN apt-get update && apt-get install -y curl \
    && pip install --no-cache-dir requests \
    && apt-get install -y git && pip install --no-cache-dir flask \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
