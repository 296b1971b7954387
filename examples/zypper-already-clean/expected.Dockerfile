FROM opensuse/leap:15.6 AS clean
RUN zypper -n install curl && zypper clean -a

FROM clean
RUN --mount=type=cache,target=/var/cache/zypp zypper -n install git
