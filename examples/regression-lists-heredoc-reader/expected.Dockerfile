# syntax=docker/dockerfile:1
FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates
COPY corp-root.crt /usr/local/share/ca-certificates/
RUN <<EOF
set -e
apt-get install -y --no-install-recommends curl
update-ca-certificates
EOF
