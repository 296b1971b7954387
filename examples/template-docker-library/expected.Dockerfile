FROM debian:%%DEBIAN_SUITE%%-slim
ENV REDIS_VERSION %%REDIS_VERSION%%
RUN apt-get update
RUN apt-get install -y --no-install-recommends ca-certificates wget
