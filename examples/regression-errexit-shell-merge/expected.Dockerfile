FROM debian:bookworm AS first
SHELL ["/bin/bash", "-eo", "pipefail", "-c"]
RUN apt-get update \
    && for p in curl git; do apt-get install -y --no-install-recommends "$p"; done
RUN apt-get install -y --no-install-recommends jq

FROM first
SHELL ["/bin/sh", "-ec"]
RUN apt-get update \
    && { apt-get install -y curl; apt-get install -y jq; }
RUN apt-get install -y git && while read -r p; do apt-get install -y "$p"; done < /tmp/extra-packages
