# The classic "make your image smaller" example: three layers, and the clean-up cannot shrink the first two.
FROM debian:bookworm
RUN apt-get update \
    && apt-get install -y python3 curl \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
CMD ["python3"]
