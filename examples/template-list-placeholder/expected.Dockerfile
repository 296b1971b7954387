FROM debian:suite-slim

ENV TOOL_VERSION=0.0.0

# update.sh replaces each "${…[@]}" line with the lines of that list
RUN apt-get update \
  && apt-get install -y --no-install-recommends ca-certificates curl gnupg \
  && arch="$(dpkg --print-architecture)" \
  && case "$arch" in \
    "${ARCH_CASES[@]}"
  esac \
  && for key in \
    "${SIGNING_KEYS[@]}"
  ; do \
    gpg --batch --keyserver hkps://keys.example.org --recv-keys "$key"; \
  done \
  && curl -fsSLO "https://example.org/tool-$TOOL_VERSION-$ARCH.tar.gz"

RUN apt-get install -y --no-install-recommends git
