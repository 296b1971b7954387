FROM debian:bookworm
# hadolint ignore=DL3008
RUN apt-get update
# hadolint ignore=DL3008
RUN apt-get install -y --no-install-recommends curl
#hadolint ignore=DL3008
RUN apt-get install -y --no-install-recommends git
