# Deletions fold into the layer that wrote the files: images, unpacked archives, build outputs, clones.
FROM debian:bookworm AS disk-image
RUN dd if=/dev/zero of=/tmp/scratch.img bs=1M count=64 \
    && mkfs.ext4 -F /tmp/scratch.img \
    && rm -f /tmp/scratch.img

FROM disk-image AS unpack
RUN curl -fsSL https://example.com/tool-2.1.tar.gz | tar -xz -C /opt/tool-src \
    && make -C /opt/tool-src install \
    && rm -rf /opt/tool-src

FROM unpack AS old-style-tar
RUN tar xzf /tmp/site.tgz -C /srv/site-build \
    && cp -r /srv/site-build/public /srv/www \
    && rm -rf /srv/site-build

FROM old-style-tar AS go-build
RUN go build -o /usr/local/bin/gen-config ./cmd/gen-config \
    && gen-config --out /etc/app.toml \
    && rm /usr/local/bin/gen-config

FROM go-build AS c-build
RUN gcc -O2 -o /tmp/cpu-probe /usr/src/probe.c \
    && /tmp/cpu-probe > /etc/cpu-features \
    && rm /tmp/cpu-probe

FROM c-build AS rust-build
RUN rustc -O -o/tmp/keygen /usr/src/keygen.rs \
    && /tmp/keygen --write /etc/app.key \
    && rm /tmp/keygen

FROM rust-build AS clone
RUN git clone --depth 1 --branch v1.4.2 https://github.com/example/libfoo.git /tmp/libfoo \
    && make -C /tmp/libfoo install \
    && rm -rf /tmp/libfoo

FROM clone
RUN unzip -q /tmp/fonts.zip -d /tmp/fonts \
    && cp /tmp/fonts/*.ttf /usr/local/share/fonts/ \
    && rm -rf /tmp/fonts
