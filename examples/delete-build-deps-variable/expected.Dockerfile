# Build dependencies purged through the same variable the install used.
FROM debian:bookworm-slim AS env-list
ENV BUILD_DEPS="build-essential curl"
RUN apt-get update && apt-get install -y --no-install-recommends $BUILD_DEPS ca-certificates \
    && curl -fsSL https://example.com/tool-1.0.tar.gz | tar -xz -C /usr/src \
    && make -C /usr/src/tool-1.0 install \
    && apt-get purge -y --auto-remove $BUILD_DEPS \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*

FROM env-list
ARG buildDeps="gcc libc6-dev make"
RUN apt-get update && apt-get install -y --no-install-recommends ${buildDeps} \
    && make -C /usr/src/tool-1.0 check \
    && apt-get purge -y --auto-remove $buildDeps \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
