# npm's cache is in the running user's home and never holds installed packages: the clean-up runs as that user.
FROM node:22-bookworm-slim AS deps
WORKDIR /home/node/app
USER node
COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --omit=dev \
    && npm cache clean --force

FROM node:22-bookworm-slim
USER 1000:1000
RUN npm install --prefix /home/node/.npm-global typescript \
    && npm cache clean --force
