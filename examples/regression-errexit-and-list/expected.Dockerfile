FROM debian:bookworm AS base
# errexit, and the loop ends an && list: neither '&&' nor ';' keeps its meaning, so the RUN stays as it is
RUN set -ex \
    && apt-get update \
    && for p in curl git; do apt-get install -y "$p"; done

FROM base
# under errexit a failure inside a function call stops the shell, so '; clean-up' is exact
RUN set -e; install_all() { apt-get update; apt-get install -y curl; }; install_all; \
    apt-get clean; \
    rm -rf /var/lib/apt/lists/*
RUN set -e; apt-get update; { apt-get install -y curl && apt-get install -y git; }
