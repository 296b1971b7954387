# hadolint global ignore=DL3059
FROM debian:bookworm-slim
# Kept apart on purpose: the base layer is shared by several images.
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
