FROM alpine:3.20
RUN apk update
WORKDIR /src
RUN apk add --no-cache git openssh-client
