# Each RUN installs a helper, uses it and removes it again (or deletes its own download): a later RUN that removes
# the same helper or path deletes only what it wrote itself, so merging saves no byte and the RUNs stay apart.
FROM centos:7 AS yum-helper
RUN yum install -y wget && yum clean all \
    && wget -O /usr/local/bin/gosu "https://example.invalid/gosu" \
    && chmod +x /usr/local/bin/gosu \
    && yum remove -y wget
RUN yum install -y wget && yum clean all \
    && wget -O /usr/local/bin/tini "https://example.invalid/tini" \
    && chmod +x /usr/local/bin/tini \
    && yum remove -y wget

FROM alpine:3.20 AS apk-virtual
RUN apk add --no-cache --virtual .fetch curl \
    && curl -fsSL -o /tmp/tool.tgz https://example.invalid/a.tgz \
    && tar -xzf /tmp/tool.tgz -C /opt \
    && rm /tmp/tool.tgz \
    && apk del .fetch
RUN apk add --no-cache --virtual .fetch curl \
    && curl -fsSL -o /tmp/tool.tgz https://example.invalid/b.tgz \
    && tar -xzf /tmp/tool.tgz -C /srv \
    && rm -f /tmp/tool.tgz \
    && apk del .fetch

FROM debian:bookworm AS apt-purge
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && curl -fsSL https://example.invalid/a.sh -o /usr/local/bin/a \
    && apt-get purge -y --auto-remove curl \
    && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && curl -fsSL https://example.invalid/b.sh -o /usr/local/bin/b \
    && apt-get purge -y --auto-remove curl \
    && rm -rf /var/lib/apt/lists/*

FROM debian:bookworm
RUN curl -fsSLo /tmp/src.tar.gz https://example.invalid/src.tar.gz && tar -xzf /tmp/src.tar.gz -C /opt && rm /tmp/src.tar.gz
RUN curl -fsSLo /tmp/src.tar.gz.asc https://example.invalid/src.tar.gz.asc && rm -f /tmp/src.tar.gz /tmp/src.tar.gz.asc
RUN export GNUPGHOME="$(mktemp -d)"; curl -fsSLo /tmp/key.asc https://example.invalid/key.asc; \
    rm -rf "$GNUPGHOME" /tmp/key.asc /tmp/src.tar.gz.asc
