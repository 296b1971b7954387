FROM opensuse/leap:15.6
RUN zypper refresh \
    && zypper --non-interactive install curl \
    && zypper clean --all
