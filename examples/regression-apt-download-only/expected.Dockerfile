FROM debian:bookworm
RUN apt-get update && apt-get install -y --download-only nginx \
    && rm -rf /var/lib/apt/lists/*
COPY hooks/ /hooks/
RUN dpkg -i /var/cache/apt/archives/*.deb
