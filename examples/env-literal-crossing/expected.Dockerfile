# ENVs of literal values between apt RUNs: the lists written by 'apt-get update' must share the install's layer.
FROM debian:bookworm AS locale
RUN apt-get update \
    && export LANG=C.UTF-8 \
    && export DEBIAN_FRONTEND=noninteractive TZ="Etc/UTC" \
    && apt-get install -y --no-install-recommends tzdata locales \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
ENV LANG C.UTF-8
ENV DEBIAN_FRONTEND=noninteractive TZ="Etc/UTC"

FROM locale
RUN apt-get update \
    && export GREETING="hello world" LC_ALL='C.UTF-8' \
    && apt-get install -y --no-install-recommends curl \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
ENV GREETING="hello world" \
    LC_ALL='C.UTF-8'
