FROM debian:bookworm
RUN curl -fsSL https://example.com/install-tool.sh -o install-tool.sh \
    && bash install-tool.sh --prefix /usr/local && rm install-tool.sh
