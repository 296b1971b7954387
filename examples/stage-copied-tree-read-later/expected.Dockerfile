FROM debian:bookworm AS base
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates

FROM scratch
COPY --from=base / /
# reads the package lists the base stage downloaded
RUN apt-get install -y --no-install-recommends curl
