FROM debian:bookworm AS aptitude
RUN apt-get update && aptitude install -y vim \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*

FROM debian:bookworm AS apt
RUN apt update && apt install --no-install-recommends -y vim \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*

FROM debian:bookworm
RUN apt-get update && apt-get install --no-install-recommends -y vim \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
