# An update RUN on an rpm manager fills the cache (and copies the rpmdb): merging it into the install saves that.
FROM centos:7 AS yum
RUN yum -y update \
    && yum install -y httpd && yum clean all

FROM rockylinux:9
RUN dnf upgrade -y \
    && dnf makecache \
    && dnf install -y git \
    && dnf clean all
