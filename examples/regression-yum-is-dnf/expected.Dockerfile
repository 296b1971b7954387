# syntax=docker/dockerfile:1
# On RHEL 8+ and its rebuilds, CentOS Stream and Fedora, `yum` is dnf: its cache is /var/cache/dnf, which
# `yum clean all` empties, and nothing writes /var/cache/yum. yum 3 (CentOS 7) also gets the removal yum advises.
ARG RHEL_BASE=registry.access.redhat.com/ubi9/ubi
FROM ${RHEL_BASE} AS ubi
RUN yum install -y git \
    && yum clean all

FROM rockylinux:8.9 AS rocky
RUN yum -y update && yum -y install gcc make \
    && yum clean all

FROM quay.io/centos/centos:stream9 AS stream
RUN yum install -y python3 \
    && yum clean all

FROM stream AS stream-child
RUN --mount=type=cache,target=/var/cache/dnf yum install -y jq

FROM fedora:40 AS fedora
RUN yum install -y gcc \
    && yum clean all

FROM centos:7 AS yum3
RUN yum install -y git \
    && yum clean all \
    && rm -rf /var/cache/yum

FROM $UNKNOWN_BASE
RUN yum install -y git \
    && yum clean all \
    && rm -rf /var/cache/yum
