FROM debian:bookworm
ARG EXTRA_PACKAGES="vim less"
RUN apt-get update && apt-get install -y --no-install-recommends curl
RUN sh -ec "apt-get install -y --no-install-recommends $EXTRA_PACKAGES"
