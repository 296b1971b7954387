FROM debian:bookworm AS aptitude
RUN apt-get update && aptitude install -y vim \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*

FROM debian:bookworm AS apt
RUN apt update && apt install -y vim \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*

FROM debian:bookworm
RUN apt-get update && apt-get install -y vim \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
