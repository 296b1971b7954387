FROM debian:bookworm
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 \
    && apt-get install -y --no-install-recommends python3-pip
WORKDIR /app
RUN apt-get install -y --no-install-recommends git
RUN apt-get clean
