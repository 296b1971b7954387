FROM debian:bookworm
RUN apt-get update && apt-get install -y --no-install-recommends curl
RUN bash -euxo pipefail -c 'apt-get install -y --no-install-recommends jq'
