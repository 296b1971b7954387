FROM debian:bookworm
ONBUILD RUN apt-get update && apt-get install -y libpq5
RUN apt-get update && apt-get install -y build-essential \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
