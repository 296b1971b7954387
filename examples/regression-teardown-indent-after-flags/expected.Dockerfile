FROM debian:bookworm AS a
RUN mkdir -p /opt/app \
    && chown nobody /opt/app
RUN --mount=type=tmpfs,target=/var/log \
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y \
  postgresql-client curl \
  && apt-get clean \
  && rm -rf /var/lib/apt/lists/*

FROM a AS b
RUN \
   apt-get update && apt-get install -y --no-install-recommends git \
   && apt-get clean \
   && rm -rf /var/lib/apt/lists/*

FROM b AS c
RUN --network=host \
	apt-get update && apt-get install -y --no-install-recommends wget \
	&& apt-get clean \
	&& rm -rf /var/lib/apt/lists/*

FROM c
# later lines that start commands show the indent to continue with
RUN --mount=type=cache,target=/root/.cache \
  set -eux \
    && apt-get update \
    && apt-get install -y --no-install-recommends make \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
