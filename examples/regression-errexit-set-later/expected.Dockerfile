FROM debian:bookworm AS base
# errexit is turned off again before the loop: '&&' is exact
RUN set -e; apt-get update; set +e; for p in curl git; do apt-get install -y "$p"; done \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*

FROM base
# errexit is on, but the last command is a simple one: '&&' is exact
RUN set -eux; for p in curl git; do echo "$p" >> /tmp/list; done; apt-get update; apt-get install -y curl \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
