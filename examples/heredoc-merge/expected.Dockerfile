# syntax=docker/dockerfile:1
# Adjacent heredoc RUNs of one manager merge when both run under errexit from the same prologue.
FROM debian:bookworm AS set-e
RUN <<EOF
set -eux
apt-get update
# build tools
apt-get install -y --no-install-recommends build-essential
apt-get clean
rm -rf /var/lib/apt/lists/*
EOF

FROM set-e AS bash-e
RUN bash -e <<'EOF'
apt-get update
apt-get install -y --no-install-recommends pkg-config
apt-get clean
rm -rf /var/lib/apt/lists/*
EOF

FROM bash-e
# Without errexit the first script's failure would no longer stop the build: they stay apart.
RUN <<EOF
apt-get update
EOF
RUN <<EOF
apt-get install -y --no-install-recommends file
EOF
