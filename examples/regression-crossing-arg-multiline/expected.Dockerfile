# With --unsafe, a merge across an ARG runs the bodies before it in '( unset NAME; ... )'. Wrapping a body of
# several lines whole in a subshell is not what an author writes: that merge is not made (a one-line body is,
# see env-arg-unsafe). What --unsafe does instead here is its own refresh: the lists go, the later RUN updates.
FROM debian:bookworm
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
# the tool version
ARG TOOL_VERSION=1.2.3
RUN apt-get update && apt-get install -y --no-install-recommends "tool=${TOOL_VERSION}" \
    && rm -rf /var/lib/apt/lists/*
