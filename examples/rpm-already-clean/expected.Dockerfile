FROM fedora:41 AS clean
RUN dnf install -y python3 && dnf clean all
RUN yum install -y httpd && yum clean all && rm -rf /var/cache/yum

FROM clean AS mounted
RUN --mount=type=cache,target=/var/cache/libdnf5 --mount=type=cache,target=/var/cache/dnf dnf install -y gcc

FROM mounted
RUN microdnf install -y jq && microdnf clean all
