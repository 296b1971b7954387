# syntax=docker/dockerfile:1
# Heredoc scripts get the clean-up as their last command(s), in their own style.
FROM debian:bookworm AS errexit-lines
RUN <<EOF
set -eux
apt-get update
apt-get install -y --no-install-recommends curl ca-certificates
apt-get clean
rm -rf /var/lib/apt/lists/*
EOF

FROM errexit-lines AS no-errexit
RUN <<EOF
apt-get update
apt-get install -y --no-install-recommends \
    git \
    openssh-client \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
EOF

FROM no-errexit AS tab-stripped
RUN <<-EOT
	set -e
	apt-get update
	apt-get install -y --no-install-recommends jq
	apt-get clean
	rm -rf /var/lib/apt/lists/*
	EOT

FROM tab-stripped AS bash-stdin
RUN bash -e -o pipefail <<'EOF'
apt-get update
apt-get install -y --no-install-recommends make
apt-get clean
rm -rf /var/lib/apt/lists/*
EOF

FROM bash-stdin AS shebang
RUN <<EOF
#!/bin/bash
set -euo pipefail
apt-get update
for tool in zip unzip; do
    apt-get install -y --no-install-recommends "$tool"
done
apt-get clean
rm -rf /var/lib/apt/lists/*
EOF

FROM shebang
RUN --mount=type=secret,id=netrc,target=/root/.netrc <<EOF
set -e
apt-get update && apt-get install -y --no-install-recommends xz-utils \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
EOF
