# The classic naive data-science image.
FROM debian:bookworm
RUN apt-get update \
    && export LANG=C.UTF-8 \
    && apt-get install --no-install-recommends -y wget bzip2 ca-certificates \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
ENV LANG C.UTF-8
RUN wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -O /tmp/miniconda.sh \
    && bash /tmp/miniconda.sh -b -p /opt/conda \
    && rm /tmp/miniconda.sh \
    && export PATH="/opt/conda/bin:$PATH" \
    && conda install -y numpy pandas scikit-learn \
    && conda install -y -c conda-forge jupyterlab \
    && conda clean --all --yes \
    && conda clean --force-pkgs-dirs --yes
ENV PATH /opt/conda/bin:$PATH
RUN pip install --no-cache-dir seaborn
EXPOSE 8888
CMD ["jupyter", "lab", "--ip=0.0.0.0", "--allow-root"]
