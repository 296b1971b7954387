FROM node:20-bookworm
RUN apt-get update && npm ci \
    && apt-get install -y --no-install-recommends curl \
    && npm install -g serve \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/* \
    && npm cache clean --force
