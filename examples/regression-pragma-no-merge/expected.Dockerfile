FROM debian:bookworm AS pinned
RUN apt-get update
# hadolint ignore=DL3008
RUN apt-get install -y --no-install-recommends curl git

FROM pinned AS first
# hadolint ignore=DL3008,DL3015
RUN apt-get update && apt-get install -y wget
RUN apt-get install -y --no-install-recommends jq

FROM first
RUN apt-get update
# curl for the health check
# dockerfile-squash ignore=teardown
RUN apt-get install -y --no-install-recommends curl
RUN apt-get install -y --no-install-recommends ca-certificates
