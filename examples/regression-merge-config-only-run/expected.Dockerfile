# A RUN that only configures the manager, next to an install that already cleans up: nothing to save.
FROM ubuntu:22.04 AS drop-sources
# drop third-party sources
RUN rm -f /etc/apt/sources.list.d/*.list

# basic tools
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*

FROM debian:bookworm AS apt-conf
RUN echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/99norecommends
RUN echo 'Acquire::Retries "5";' >> /etc/apt/apt.conf.d/99retries
RUN apt-get update \
    && apt-get install -y git \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*

FROM debian:bookworm AS key-after
RUN apt-get update && apt-get install -y --no-install-recommends gnupg && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL https://example.invalid/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg

FROM fedora:40
RUN echo "fastestmirror=True" >> /etc/dnf/dnf.conf
RUN dnf install -y make && dnf clean all
