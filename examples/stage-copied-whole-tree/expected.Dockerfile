# The build stage's whole filesystem is the image: its caches ship
FROM debian:bookworm-slim AS rootfs
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir --break-system-packages requests==2.32.3

FROM scratch
COPY --from=rootfs / /
ENTRYPOINT ["python3"]
