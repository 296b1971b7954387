FROM alpine:3.20 AS toolchain
RUN apk update && apk add build-base \
    && rm -rf /var/cache/apk/*

FROM toolchain AS build
COPY . /src
RUN make -C /src install DESTDIR=/

FROM scratch
COPY --from=build / /
