FROM golang:1.22-bookworm AS build
RUN apt-get update
RUN apt-get install -y --no-install-recommends upx-ucl
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server && upx /out/server

FROM scratch
COPY --from=build /out/server /server
ENTRYPOINT ["/server"]
