FROM debian:bookworm
# hadolint ignore=DL3008
RUN apt-get update
# hadolint ignore=DL3008
RUN apt-get install -y --no-install-recommends curl \
    && apt-get clean
#hadolint ignore=DL3008
RUN apt-get install -y --no-install-recommends git \
    && apt-get clean
