# A RUN that adds an apt repository refreshes the lists in its own layer: it belongs in apt's group.
FROM debian:bookworm AS nodesource
RUN apt-get update && apt-get install -y curl ca-certificates \
    && curl -fsSL https://deb.nodesource.com/setup_20.x | bash - \
    && apt-get install -y nodejs \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*

FROM ubuntu:22.04 AS ppa
RUN apt-get update && apt-get install -y software-properties-common \
    && add-apt-repository -y ppa:deadsnakes/ppa \
    && apt-get update && apt-get install -y python3.12 \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*

FROM debian:bookworm AS keyring
RUN apt-get update && apt-get install -y curl gpg \
    && curl -fsSL https://download.docker.com/linux/debian/gpg | gpg --dearmor -o /etc/apt/keyrings/docker.gpg \
    && echo "deb [signed-by=/etc/apt/keyrings/docker.gpg] https://download.docker.com/linux/debian bookworm stable" > /etc/apt/sources.list.d/docker.list \
    && apt-get update && apt-get install -y docker-ce-cli \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*

FROM debian:bookworm
RUN echo "deb http://deb.debian.org/debian bookworm-backports main" | tee /etc/apt/sources.list.d/backports.list
RUN apt-get update && apt-get install -y -t bookworm-backports git \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
