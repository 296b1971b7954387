# An installer stand-in: a large file made in one RUN, used in the next, deleted in a third.
FROM debian:bookworm
RUN head -c 100000000 /dev/urandom > /tmp/installer.bin \
    && sha256sum /tmp/installer.bin > /opt/installer.sha256 \
    && rm /tmp/installer.bin
