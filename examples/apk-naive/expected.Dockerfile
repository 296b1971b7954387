FROM alpine:3.20
RUN apk update \
    && apk add curl \
    && apk add --virtual .build-deps gcc musl-dev \
    && apk --update add git \
    && rm -rf /var/cache/apk/*
