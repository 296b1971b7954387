FROM debian:bookworm AS base
# errexit is on: a clean-up joined with && after the loop would switch it off inside the loop
RUN set -eux; apt-get update; for p in curl git; do apt-get install -y --no-install-recommends "$p"; done; \
    apt-get clean; \
    rm -rf /var/lib/apt/lists/*

FROM base AS multi
RUN set -eux; \
    apt-get update; \
    if [ "$(dpkg --print-architecture)" = amd64 ]; then \
        apt-get install -y --no-install-recommends libc6-dev; \
    else \
        apt-get install -y --no-install-recommends gcc; \
    fi; \
    apt-get clean; \
    rm -rf /var/lib/apt/lists/*

FROM multi
RUN set -o errexit; apt-get update; case "$(uname -m)" in x86_64) apt-get install -y curl ;; *) apt-get install -y wget ;; esac; \
    apt-get clean; \
    rm -rf /var/lib/apt/lists/*
