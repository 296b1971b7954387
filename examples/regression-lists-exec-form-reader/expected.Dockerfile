FROM debian:bookworm
RUN apt-get update && apt-get install -y default-jdk-headless
RUN ["update-alternatives", "--auto", "java"]
RUN ["apt-get", "install", "-y", "maven"]
