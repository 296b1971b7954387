FROM debian:bookworm AS base
RUN echo one \
    && echo two \
    && echo three
RUN apt-get update && \
    apt-get install -y --no-install-recommends curl && \
    apt-get install -y --no-install-recommends jq && \
    apt-get clean && \
    rm -rf /var/lib/apt/lists/*

FROM base
RUN set -ex && \
  echo "operator last, two spaces" && \
  echo "most of the file"
RUN apt-get update \
      && apt-get install -y --no-install-recommends git \
      && apt-get install -y --no-install-recommends make \
      && apt-get clean \
      && rm -rf /var/lib/apt/lists/*
