# syntax=docker/dockerfile:1
FROM debian:bookworm
RUN apt-get update && apt-get install -y ca-certificates \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
RUN <<EOF
set -e
apt-get update
apt-get install -y curl
update-ca-certificates
apt-get clean
rm -rf /var/lib/apt/lists/*
EOF
