# A body that changes shell state (set -x, cd, export, umask) can only stand before another one inside ( ... ).
# Nobody wraps a whole multi-line RUN in parentheses to join it to the next: these RUNs stay apart. A one-line
# body in a subshell, '( cd /tmp && apt-get update )', is an idiom people write (examples/cd-state).
FROM debian:bookworm AS set-x
RUN set -x \
    && apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates
RUN apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*

FROM debian:bookworm AS cd
RUN apt-get update \
    && cd /usr/src \
    && apt-get source hello
RUN apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*

FROM alpine:3.20
RUN umask 0022 \
    && apk update
RUN apk add curl \
    && rm -rf /var/cache/apk/*
