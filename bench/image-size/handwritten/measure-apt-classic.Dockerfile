FROM debian:bookworm
RUN apt-get update && apt-get install -y python3 curl && apt-get clean && rm -rf /var/lib/apt/lists/*
