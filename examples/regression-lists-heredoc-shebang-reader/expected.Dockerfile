# syntax=docker/dockerfile:1
FROM ubuntu:24.04
RUN apt-get update \
    && apt-get install -y openjdk-17-jdk-headless openjdk-21-jdk-headless
RUN <<SCRIPT
#!/usr/bin/env bash
set -euo pipefail
update-alternatives --set java /usr/lib/jvm/java-21-openjdk-amd64/bin/java
apt-get install -y maven
SCRIPT
