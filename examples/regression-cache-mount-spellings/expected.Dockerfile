# syntax=docker/dockerfile:1
# A RUN that installs under a mount of the cache fills that cache on purpose (a "warm the cache" step): it gets
# no clean-up and no no-cache flag, however the mount names the place. BuildKit expands ENV and ARG values in
# --mount options and removes quotes; `$HOME` is read as the home directory the author meant.
FROM node:20 AS warm
ARG YARN_CACHE=/usr/local/share/.cache/yarn
ENV NPM_CACHE=/root/.npm
ENV PIP_CACHE=/root/.cache/pip
WORKDIR /app
COPY package.json yarn.lock ./
RUN --mount=type=cache,target=$YARN_CACHE yarn install --frozen-lockfile
RUN --mount=type=cache,target=${NPM_CACHE} npm ci
RUN --mount=type=cache,target=$HOME/.npm npm ci
RUN --mount=type=cache,target="/root/.npm" npm ci
RUN --mount="type=cache,target=/usr/local/share/.cache/yarn" yarn install
RUN --mount=type=cache,dst=/usr/local/share/.cache/yarn/v6,sharing=locked yarn install
RUN --mount=type=bind,source=.yarn-cache,target=/usr/local/share/.cache/yarn,rw yarn install --offline
RUN --mount=type=cache,target=${PIP_CACHE} pip install -r requirements.txt
RUN --mount=type=cache,target=$HOME/.cache pip install -r requirements.txt

FROM debian:bookworm AS apt-warm
ARG APT_CACHE=/var/cache/apt
ARG APT_LISTS=/var/lib/apt
RUN --mount=type=cache,target=$APT_CACHE,sharing=locked --mount=type=cache,target="$APT_LISTS",sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends gcc

# A mount somewhere else, or under a variable that names another place, keeps nothing of the cache: cleaned.
FROM node:20
ARG SRC=/app
WORKDIR /app
RUN --mount=type=bind,source=package.json,target=package.json \
    --mount=type=cache,target=$SRC/.next/cache \
    npm ci \
    && npm cache clean --force
RUN --mount=type=cache,target=/tmp/cache pip install --no-cache-dir -r requirements.txt
