# A comment above an ENV that a merge crosses describes what follows it: it goes into the merged RUN above the
# export, never stranded below it. The ENV keeps the blank line that set it apart, and the export keeps the
# author's quoting where the shell reads it as the builder did.
FROM debian:bookworm AS legacy-form
RUN apt-get update \
    && export INSTALL_PKGS="curl git" \
    # the tools we need
    && apt-get install -y --no-install-recommends ${INSTALL_PKGS} \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*

ENV INSTALL_PKGS "curl git"

# run as root for now
CMD ["bash"]

FROM debian:bookworm AS comment-on-env
RUN apt-get update \
    # grab tini for signal handling
    && export TINI_VERSION=v0.19.0 \
    && apt-get install -y --no-install-recommends tini \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
ENV TINI_VERSION v0.19.0

FROM debian:bookworm
# package index
RUN apt-get update \
    # ##### locale #####
    # keep the locale simple
    && export LANG='C.UTF-8' \
    && export LC_ALL=C.UTF-8 \
    # then the tools
    && apt-get install -y --no-install-recommends locales \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*

ENV LANG='C.UTF-8'
ENV LC_ALL=C.UTF-8
