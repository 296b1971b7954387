FROM mcr.microsoft.com/devcontainers/base:ubuntu
RUN apt-get update \
    && apt-get install -y fish zsh \
    # Remove scripts now that we're done with them
    && apt-get clean -y && rm -rf /tmp/scripts
