FROM debian:bookworm
# index
RUN apt-get update \
    # compilers
    && apt-get install -y --no-install-recommends gcc make
# hadolint ignore=DL3008
RUN apt-get install -y curl
# jq for the scripts
RUN apt-get install -y --no-install-recommends jq
# and yq
RUN apt-get install -y --no-install-recommends yq
