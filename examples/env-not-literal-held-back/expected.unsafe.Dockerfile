# ENVs that are not plain literals are only crossed with --unsafe, and only when the builder's value is known.
FROM debian:bookworm AS path
RUN apt-get update \
    && export PATH="/opt/tool/bin:$PATH" \
    && apt-get install -y --no-install-recommends curl \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
ENV PATH=/opt/tool/bin:$PATH

FROM path AS legacy-form
RUN apt-get update \
    && export MOTD='hello   world' \
    && apt-get install -y --no-install-recommends curl \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
ENV MOTD hello   world

FROM legacy-form AS escaped
RUN apt-get update \
    && export PROMPT='a b' \
    && apt-get install -y --no-install-recommends curl \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
ENV PROMPT=a\ b

FROM escaped
RUN apt-get update
ENV IFS=,
RUN apt-get install -y --no-install-recommends curl
