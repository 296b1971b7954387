FROM debian:bookworm
RUN apt-get update && \
    # compilers for the native extension
    apt-get install -y gcc make && \
    # and the headers it links against
    apt-get install -y libssl-dev && \
    # the runtime library
    apt-get install -y libpq5 && \
    apt-get clean && \
    rm -rf /var/lib/apt/lists/*
