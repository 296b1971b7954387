FROM alpine:3.20 AS runtime
RUN apk update; apk upgrade; apk add tini ca-certificates \
    && rm -rf /var/cache/apk/*
COPY entrypoint.sh /usr/local/bin/
RUN set -eux; apk -q update; apk -q add --virtual .fetch wget; wget -q https://example.org/x; apk del .fetch

FROM runtime AS build
RUN apk add go
COPY . /src
RUN cd /src && go build -o /app .

FROM runtime
COPY --from=build /app /app
