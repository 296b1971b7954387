# /var/cache/apk holds files only (the index, cached packages): a plain 'rm' of its contents empties it as well
# as 'rm -rf' does, so the RUN already cleans up and gets no second removal.
FROM alpine:3.20 AS plain-rm
RUN apk update && apk upgrade && \
    apk add --no-cache bash git curl jq && \
    rm /var/cache/apk/*

FROM alpine:3.20 AS rm-f
RUN apk update \
    && apk add ca-certificates \
    && rm -f /var/cache/apk/*

FROM alpine:3.20
RUN set -eux; \
    apk update; \
    apk add --no-cache tzdata; \
    rm -f -- /var/cache/apk/*
