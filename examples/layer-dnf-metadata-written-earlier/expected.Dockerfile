FROM fedora:40
RUN dnf -y makecache
WORKDIR /opt/app
RUN dnf install -y python3-pip \
    && dnf clean all
