FROM debian:bookworm
RUN head -c 100000000 /dev/urandom > /tmp/installer.bin \
    && sha256sum /tmp/installer.bin > /opt/installer.sha256 \
    && rm /tmp/installer.bin
