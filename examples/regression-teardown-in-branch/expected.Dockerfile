FROM debian:bookworm AS gpu
ARG GPU
# only a GPU build installs anything: the clean-up belongs to that branch
RUN if [ -n "$GPU" ]; then \
    apt-get update && apt-get install -y --no-install-recommends \
    libvulkan1 \
    vulkan-tools \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/* \
    ; fi

FROM gpu AS guarded
# conda may be missing: a clean-up after `fi` would fail the build there
RUN if command -v conda >/dev/null; then conda install -y pyyaml && conda clean --all --yes; fi

FROM guarded AS env
COPY environment.yml* /tmp/env/
RUN if [ -f /tmp/env/environment.yml ]; then umask 0002 && /opt/conda/bin/conda env update -n base -f /tmp/env/environment.yml && /opt/conda/bin/conda clean --all --yes; fi \
    && rm -rf /tmp/env

FROM env AS arch
RUN case "$(uname -m)" in \
      x86_64) apt-get update && apt-get install -y --no-install-recommends libc6-dev && apt-get clean && rm -rf /var/lib/apt/lists/* ;; \
      *) echo "nothing to add" ;; \
    esac

FROM arch AS strict
RUN set -eu; if [ -n "${EXTRA:-}" ]; then apt-get update && apt-get install -y "$EXTRA" && apt-get clean && rm -rf /var/lib/apt/lists/*; fi

FROM strict
COPY package*.json ./
# every path installs: one clean-up after `fi` is what an author writes
RUN if [ -f package-lock.json ]; then npm ci; else npm install; fi \
    && npm cache clean --force
