FROM ubuntu:24.04
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates
RUN ["/usr/bin/env", "bash", "-xo", "pipefail", "-e", "-c", "apt-get install -y --no-install-recommends make"]
