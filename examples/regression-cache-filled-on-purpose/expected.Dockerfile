FROM continuumio/miniconda3
# The packages are fetched now and installed offline in the child images: only the index cache goes.
RUN conda install --download-only --yes gcc_linux-64 gxx_linux-64 \
    && conda clean --index-cache --yes
COPY environment.yml /tmp/
RUN mamba create --download-only -y -n build -f /tmp/environment.yml
COPY package-lock.json /srv/
RUN npm install -g npm@10 && npm cache add left-pad@1.3.0 is-odd@3.0.1
COPY composer.json composer.lock /app/
RUN composer install --download-only --no-interaction --working-dir=/app
RUN apt-get update \
    && apt-get install -yd --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*
