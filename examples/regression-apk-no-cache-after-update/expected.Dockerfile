FROM alpine:3.20 AS base
RUN apk update && \
    apk add libstdc++ protobuf

FROM base AS build
RUN apk add g++ make
COPY . /src
RUN make -C /src

FROM base
COPY --from=build /src/app /usr/local/bin/app
