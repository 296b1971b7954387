FROM debian:bookworm
RUN apt-get update \
 && apt-get install -y default-jdk-headless
RUN ["/bin/sh", "-ec", "update-alternatives --auto java && apt-get install -y maven"]
