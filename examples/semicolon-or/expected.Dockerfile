FROM debian:bookworm
RUN { apt-get update; apt-get install -y curl || apt-get install -y wget; } \
    && { apt-get install -y jq || true; } \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
