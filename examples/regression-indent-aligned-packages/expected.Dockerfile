FROM debian:bookworm AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        build-essential \
        ca-certificates \
        curl \
        git \
        libssl-dev \
        pkg-config \
    && apt-get install -y --no-install-recommends jq \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*

FROM build
RUN apt-get update && apt-get install -y --no-install-recommends python3 \
                                                                 python3-pip \
                                                                 python3-venv \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
