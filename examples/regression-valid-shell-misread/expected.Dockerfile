FROM debian:bookworm
RUN case "$(uname -m)" in (x86_64) echo amd64 > /arch;; (*) echo other > /arch;; esac
RUN apt-get update
RUN apt-get install -y --no-install-recommends libxml2 `# for lxml` curl
RUN for a in x y; do for b in 1 2; do echo "$a$b"; done done
RUN apt-get install -y --no-install-recommends git
RUN ((cat /etc/os-release | grep -q alpine) && apk add --no-cache musl-dev || true) \
    && rm -rf $CARGO_HOME/registry/
RUN (((test -f /etc/debian_version) && echo debian) || echo other) > /etc/distro-family && cat /etc/distro-family
RUN ((command -v apk) && apk add --no-cache curl) || ((command -v apt-get) && apt-get install -y curl)
