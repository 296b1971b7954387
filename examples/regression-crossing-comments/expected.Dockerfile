FROM debian:bookworm
# the Node.js major version
ARG NODE_MAJOR=20
# the mirror to fetch from
ARG MIRROR
# package index and build tools
RUN ( unset NODE_MAJOR MIRROR; apt-get update && cd /tmp && apt-get install -y --no-install-recommends gcc ) \
    # node itself
    && apt-get install -y --no-install-recommends "nodejs=${NODE_MAJOR}*" \
    # where global packages go
    && export NPM_CONFIG_PREFIX=/opt/npm \
    # tools
    && apt-get install -y --no-install-recommends jq \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
ENV NPM_CONFIG_PREFIX=/opt/npm
