FROM debian:bookworm AS base
# `-xo errexit`: the `o` of the cluster takes `errexit`, so errexit is on and the loop must stay last
RUN set -xo errexit; apt-get update; for p in curl git; do apt-get install -y --no-install-recommends "$p"; done; \
    apt-get clean; \
    rm -rf /var/lib/apt/lists/*

FROM base
SHELL ["/bin/bash", "-xo", "errexit", "-c"]
RUN apt-get update; while read -r p; do apt-get install -y --no-install-recommends "$p"; done < /etc/packages.txt; \
    apt-get clean; \
    rm -rf /var/lib/apt/lists/*
