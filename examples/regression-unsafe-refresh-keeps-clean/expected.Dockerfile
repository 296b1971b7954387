# The later RUN reads the lists the first one downloads: without --unsafe both are left alone. (With --unsafe,
# test/transforms/teardown.test.ts: the first RUN ends in `apt-get clean` and the lists removal, the later one
# refreshes first; the equivalence harness rightly refuses that added `apt-get update`.)
FROM debian:bookworm AS plain
RUN apt-get update && apt-get install -y --no-install-recommends curl
WORKDIR /src
RUN apt-get install -y --no-install-recommends git

FROM ubuntu:24.04 AS apt-program
RUN apt update \
    && apt install -y --no-install-recommends curl
WORKDIR /src
RUN apt install -y --no-install-recommends git

FROM debian:bookworm AS author-cleaned
RUN apt-get update && apt-get install -y --no-install-recommends curl && apt-get clean
WORKDIR /src
RUN apt-get install -y --no-install-recommends git

FROM debian:bookworm AS archives-mounted
RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y --no-install-recommends curl
WORKDIR /src
RUN apt-get install -y --no-install-recommends git

FROM debian:bookworm AS with-sudo
USER builder
RUN sudo apt-get update && sudo apt-get install -y --no-install-recommends curl
WORKDIR /src
RUN sudo apt-get install -y --no-install-recommends git
