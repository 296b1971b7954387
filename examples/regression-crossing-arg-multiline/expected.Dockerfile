# With --unsafe, a merge across an ARG runs the bodies before it in '( unset NAME; ... )'. Wrapping a body of
# several lines whole in a subshell is not what an author writes: that merge is not made (a one-line body is,
# see env-arg-unsafe), though deleting the archive in the layer that downloaded it would save its bytes.
FROM debian:bookworm
RUN curl -fsSLo /tmp/tool.tar.gz https://example.org/tool.tar.gz \
    && tar -xzf /tmp/tool.tar.gz -C /opt
# the tool version
ARG TOOL_VERSION=1.2.3
RUN rm /tmp/tool.tar.gz && echo "$TOOL_VERSION" > /opt/tool/VERSION

RUN set -eux; \
	curl -fsSLo /tmp/lib.tar.gz https://example.org/lib.tar.gz; \
	tar -xzf /tmp/lib.tar.gz -C /usr/local
ARG LIB_VERSION
RUN rm -f /tmp/lib.tar.gz; echo "$LIB_VERSION" > /usr/local/lib/VERSION
