# Clean-ups already done in a spelling other than the tool's own: nothing to add.
FROM debian:trixie-slim AS distclean
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && apt-get dist-clean

FROM debian:trixie-slim AS distclean-apt
RUN apt update && apt install -y curl && apt distclean

FROM debian:bookworm-slim AS rm-both
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/* /var/cache/apt/*

FROM debian:bookworm-slim AS spellings
RUN apt-get update \
    && apt-get install -y git \
    && apt-get clean \
    && rm -r -f /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y make && apt-get clean && rm --recursive --force /var/lib/apt/lists
RUN apt-get update && apt-get install -y gcc && apt-get clean && find /var/lib/apt/lists -mindepth 1 -delete

FROM debian:bookworm-slim AS conditional
RUN set -eux; \
    apt-get update; \
    apt-get install -y wget; \
    if [ "$(dpkg --print-architecture)" = amd64 ]; then apt-get clean && rm -rf /var/lib/apt/lists/*; fi

FROM python:3.12 AS pip
RUN pip install requests && pip cache purge
RUN python3 -m pip install httpx && rm -rf /root/.cache
RUN pip install rich && rm -rf ~/.cache/pip
RUN uv pip install --system attrs && uv cache clean

FROM node:22 AS js
RUN npm ci && npm cache clean --force
RUN yarn install --frozen-lockfile && yarn cache clean

FROM condaforge/miniforge3 AS conda
RUN conda install -y numpy && conda clean -afy

FROM rockylinux:9 AS rpm
RUN yum install -y httpd && dnf clean all
RUN dnf install -y git && yum clean all

FROM registry.access.redhat.com/ubi9/ubi-minimal
RUN microdnf install -y tar && microdnf clean all
