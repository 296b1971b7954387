FROM debian:bookworm
WORKDIR /opt
RUN curl -fsSLo node.tar.xz https://nodejs.org/dist/v22.11.0/node-v22.11.0-linux-x64.tar.xz \
    && tar -xJf node.tar.xz --strip-components=1 -C /usr/local \
    && rm node.tar.xz
RUN echo unrelated
