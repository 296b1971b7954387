FROM ubuntu:24.04
COPY scripts/ /scripts/
# The image's own clean-up script ends each layer: nothing is appended after it.
RUN apt-get update && apt-get install -y --no-install-recommends curl && /scripts/cleanup.sh
COPY clean-layer.sh /tmp/clean-layer.sh
RUN apt-get update \
    && apt-get install -y --no-install-recommends git \
    && bash /tmp/clean-layer.sh
COPY requirements.txt /tmp/
RUN apt-get update && apt-get install -y --no-install-recommends make && install_clean
# `make clean` cleans a build tree, not apt's cache.
COPY Makefile /src/
RUN apt-get update && apt-get install -y --no-install-recommends gcc && make -C /src clean \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
