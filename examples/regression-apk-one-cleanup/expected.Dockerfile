FROM alpine:3.20
# One clean-up for apk's cache: the removal after `apk update` covers what --no-cache would keep out.
RUN apk update && apk add curl \
    && rm -rf /var/cache/apk/*
COPY entrypoint.sh /
RUN apk update && apk upgrade && apk add --virtual .deps git && rm -rf /var/cache/apk/*
COPY app /app
RUN apk add --no-cache tzdata
