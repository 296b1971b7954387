# A naive data-science image: every step its own layer.
FROM debian:bookworm
RUN apt-get update \
    && apt-get install -y python3-pip nodejs npm wget \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
RUN pip3 install --no-cache-dir --break-system-packages jupyterlab
RUN python3 -m pip install --no-cache-dir --break-system-packages pandas
COPY environment.yml /tmp/
RUN /opt/conda/bin/conda env create -f /tmp/environment.yml \
    && /opt/conda/bin/conda install -y -n base numpy \
    && /opt/conda/bin/conda clean --all --yes
COPY package.json package-lock.json ./
RUN npm ci \
    && npm install -g pm2 \
    && npm cache clean --force
CMD ["pm2-runtime", "app.js"]
