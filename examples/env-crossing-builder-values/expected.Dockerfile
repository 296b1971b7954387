# The builder expands ENV values from earlier ENV/ARG only: $HOME is unknown to it (the shell would say /root),
# a build argument can be overridden, and a variable of the base image is invisible to the file.
FROM node:22-bookworm AS npm-prefix
RUN apt-get update
ENV NPM_CONFIG_PREFIX=$HOME/.npm-global
RUN apt-get install -y --no-install-recommends git

FROM npm-prefix AS build-arg
ARG TOOL_VERSION=1.2.3
RUN apt-get update
ENV TOOL_DIR=/opt/tool-${TOOL_VERSION}
RUN apt-get install -y --no-install-recommends git

FROM build-arg AS base-image-variable
RUN apt-get update
ENV NOTE="${NODE_VERSION:-unknown}"
RUN apt-get install -y --no-install-recommends git

FROM base-image-variable
ENV APP_HOME=/srv/app
RUN apt-get update \
    && export APP_DATA=/srv/app/data APP_LOG='/srv/app/it'\''s a log' PATH="/srv/app/bin:$PATH" \
    && apt-get install -y --no-install-recommends git \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
ENV APP_DATA=${APP_HOME}/data APP_LOG="${APP_HOME}/it's a log" PATH=${APP_HOME}/bin:$PATH
