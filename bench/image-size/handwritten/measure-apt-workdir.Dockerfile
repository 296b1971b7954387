FROM debian:bookworm
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 python3-pip git \
    && apt-get clean && rm -rf /var/lib/apt/lists/*
WORKDIR /app
