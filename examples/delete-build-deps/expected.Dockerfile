FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends build-essential curl ca-certificates \
    && curl -fsSL https://example.com/tool-1.0.tar.gz | tar -xz -C /usr/src \
    && make -C /usr/src/tool-1.0 install \
    && apt-get purge -y --auto-remove build-essential curl \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
