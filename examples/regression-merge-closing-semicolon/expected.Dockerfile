# An '&&' chain closed by a ';' joins a merged RUN as it is: no '{ ...; }' around it; before another body its
# ';' goes, last in the RUN it stays (and the clean-up goes before it).
FROM ubuntu:24.04 AS last-body
RUN apt-get update && apt-get install -y software-properties-common && \
    apt-get install -y --no-install-recommends python3 python3-pip && \
    cd /usr/local/bin && \
    ln -s /usr/bin/python3 python && \
    apt-get clean && \
    rm -rf /var/lib/apt/lists/*;

FROM ubuntu:24.04 AS first-body
RUN apt-get update && apt-get install -y --no-install-recommends gcc && \
    apt-get install -y --no-install-recommends make && rm -rf /var/lib/apt/lists/*

FROM rockylinux:9
RUN dnf -y groupinstall "Development Tools" && \
    dnf -y install ccache && \
    dnf clean all;
