FROM debian:bookworm
RUN apt-get update && apt-get install --no-install-recommends -y curl
# dockerfile-squash ignore
RUN apt-get install -y git
