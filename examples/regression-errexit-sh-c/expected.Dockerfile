FROM debian:bookworm
SHELL ["/bin/sh", "-ec"]
# the loop runs in a child shell, under its own errexit, whatever follows the sh -c
RUN apt-get update && apt-get install -y curl && sh -c 'set -e; for f in /etc/apt/sources.list.d/*; do cat "$f"; done' \
    && apt-get install -y jq && bash -ec 'for p in a b; do echo "$p"; done' \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
