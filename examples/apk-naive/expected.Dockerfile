FROM alpine:3.20
RUN apk update \
    && apk add --no-cache curl \
    && apk add --no-cache --virtual .build-deps gcc musl-dev \
    && apk --update add --no-cache git \
    && rm -rf /var/cache/apk/*
