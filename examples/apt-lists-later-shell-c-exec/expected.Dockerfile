FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl
# the lists of the RUN above are still read here, by the bash that exec form starts
RUN ["/bin/bash", "-eo", "pipefail", "-c", "apt-get install -y --no-install-recommends git && git --version"]
