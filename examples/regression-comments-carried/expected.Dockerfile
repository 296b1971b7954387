FROM debian:bookworm
# refresh the package index
RUN apt-get update \
    # tools for the build
    && apt-get install -y --no-install-recommends curl git \
    # runtime libraries
    # (versions come from the base image)
    && apt-get install -y --no-install-recommends libssl3 \
    # locales, indented like the RUN below
    && apt-get install -y --no-install-recommends locales \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
CMD ["bash"]
