FROM debian:bookworm
RUN ( cd /tmp && apt-get update ) \
    && apt-get install -y wget \
    && export DEBIAN_FRONTEND=noninteractive && apt-get install -y tzdata \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
