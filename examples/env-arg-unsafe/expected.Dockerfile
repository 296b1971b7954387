FROM debian:bookworm
ARG TOOL_VERSION=1.2.3
RUN ( unset TOOL_VERSION; apt-get update ) \
    && apt-get install --no-install-recommends -y tool=$TOOL_VERSION \
    && export TOOL_HOME=/opt/tool PATH="/opt/tool/bin:$PATH" \
    && apt-get install --no-install-recommends -y tool-plugins \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
ENV TOOL_HOME=/opt/tool PATH=/opt/tool/bin:$PATH
