# Nothing to fold: what is deleted was there before the RUN that seems to write it.
FROM debian:bookworm
COPY app.tgz /tmp/app.tgz
RUN tar -xzf /tmp/app.tgz -C /opt
RUN rm /tmp/app.tgz
RUN mkdir -p /usr/share/doc
RUN echo unrelated
RUN rm -rf /usr/share/doc
RUN cp /etc/app/defaults.toml /usr/local/share
RUN rm -rf /usr/local/share
