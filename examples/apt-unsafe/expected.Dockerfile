FROM ubuntu:24.04
RUN apt-get update && apt-get install --no-install-recommends -y curl git \
    && apt-get install -y -o APT::Install-Recommends=false jq \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
