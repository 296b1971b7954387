FROM debian:bookworm
RUN apt-get update \
    && { apt-get install -y --no-install-recommends curl || echo "curl unavailable" > /tmp/curl.log && echo done; } \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
