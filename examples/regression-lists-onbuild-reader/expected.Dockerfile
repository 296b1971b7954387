FROM debian:bookworm
RUN apt-get update && apt-get install -y build-essential
ONBUILD COPY packages.txt /tmp/
ONBUILD RUN xargs -a /tmp/packages.txt apt-get install -y
