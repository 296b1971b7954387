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

FROM b
RUN --network=host \
	apt-get update && apt-get install -y --no-install-recommends wget \
	&& apt-get clean \
	&& rm -rf /var/lib/apt/lists/*
