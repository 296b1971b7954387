FROM alpine:3.20 AS already-clean
RUN apk add --no-cache curl
RUN apk update && apk add --no-cache git && rm -rf /var/cache/apk/*

FROM already-clean AS cache-mounted
RUN --mount=type=cache,target=/var/cache/apk apk add gcc

FROM cache-mounted
# hadolint ignore=DL3019
RUN apk add make
