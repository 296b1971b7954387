FROM opensuse/tumbleweed
RUN zypper ar -f https://example.org/repo extra && \
    zypper --gpg-auto-import-keys ref && \
    zypper in -y git curl && \
    zypper clean --all
