# Dev containers: the build runs as a non-root user and installs through sudo, so the clean-up needs it too.
FROM mcr.microsoft.com/devcontainers/base:bookworm AS dev
USER vscode
RUN sudo apt-get update \
    && sudo apt-get install -y postgresql-client \
    && sudo apt-get clean \
    && sudo rm -rf /var/lib/apt/lists/*

FROM mcr.microsoft.com/devcontainers/base:bookworm AS dev-env
USER vscode
RUN sudo -E apt-get update && sudo -E apt-get install -y --no-install-recommends jq \
    && sudo -E apt-get clean \
    && sudo -E rm -rf /var/lib/apt/lists/*

FROM alpine:3.20 AS doas
RUN doas apk update && doas apk add --no-cache curl \
    && doas rm -rf /var/cache/apk/*

FROM mcr.microsoft.com/devcontainers/typescript-node:22 AS as-node
RUN sudo -u node npm ci \
    && sudo -u node npm cache clean --force

FROM mcr.microsoft.com/devcontainers/typescript-node:22
RUN sudo npm_config_cache=/tmp/npm-cache npm install -g pnpm \
    && sudo npm_config_cache=/tmp/npm-cache npm cache clean --force
