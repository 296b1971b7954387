# ENVs that are not plain literals are only crossed with --unsafe, and only when the builder's value is known.
FROM debian:bookworm AS path
RUN apt-get update
ENV PATH=/opt/tool/bin:$PATH
RUN apt-get install -y --no-install-recommends curl

FROM path AS legacy-form
RUN apt-get update
ENV MOTD hello   world
RUN apt-get install -y --no-install-recommends curl

FROM legacy-form AS escaped
RUN apt-get update
ENV PROMPT=a\ b
RUN apt-get install -y --no-install-recommends curl

FROM escaped
RUN apt-get update
ENV IFS=,
RUN apt-get install -y --no-install-recommends curl
