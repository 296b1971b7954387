FROM rockylinux:9 AS yum-based
RUN yum install -y httpd \
    && yum install -y mod_ssl \
    && yum clean all

FROM yum-based AS dnf-based
RUN dnf -y install python3 \
    && dnf -y install gcc \
    && dnf clean all

FROM dnf-based AS minimal
RUN microdnf install -y jq \
    && microdnf clean all

FROM minimal
RUN tdnf install -y vim \
    && tdnf clean all
