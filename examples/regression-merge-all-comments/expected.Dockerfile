FROM debian:bookworm
# refresh the index
RUN apt-get update \
    # say where we are
    && echo "building on $(uname -m)" \
    # the compiler
    && apt-get install -y --no-install-recommends gcc \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
