# Every RUN already leaves no package cache and none deletes what another wrote: merging would save no byte.
FROM alpine:3.20 AS apk-then-download
RUN apk add --no-cache ca-certificates tzdata
RUN set -ex; arch="$(apk --print-arch)"; wget -O /tmp/tool.tgz "https://example.invalid/tool-$arch.tgz"; \
	tar -xzf /tmp/tool.tgz -C /usr/local/bin; rm /tmp/tool.tgz

FROM alpine:3.20 AS two-apk
RUN apk add --no-cache bash curl
RUN apk add --no-cache --virtual .runtime libstdc++ \
    && apk upgrade --no-cache

FROM python:3.12-slim AS pip
RUN pip install --no-cache-dir -r /dev/null
RUN python -m pip install --no-cache-dir gunicorn

FROM debian:bookworm AS apt-each-clean
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
RUN apt-get update \
    && apt-get install -y --no-install-recommends git \
    && apt-get dist-clean

FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*
RUN { set -ex; wget -qO /usr/local/bin/tini https://example.invalid/tini; chmod +x /usr/local/bin/tini; }
