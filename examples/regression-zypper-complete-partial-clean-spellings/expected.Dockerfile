FROM opensuse/leap:15.6
# hadolint ignore=DL3037
RUN zypper -n in ca-certificates wget && zypper cc --all
COPY x /x
RUN zypper --non-interactive install -y vim; zypper -q clean --all; echo done
