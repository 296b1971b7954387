# The classic naive data-science image.
FROM debian:bookworm
RUN apt-get update \
    && export LANG=C.UTF-8 \
    && apt-get install -y wget bzip2 ca-certificates \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
ENV LANG C.UTF-8
RUN wget -q https://repo.anaconda.com/miniconda/Miniconda3-latest-Linux-x86_64.sh -O /tmp/miniconda.sh \
    && bash /tmp/miniconda.sh -b -p /opt/conda \
    && rm /tmp/miniconda.sh \
    && /opt/conda/bin/conda clean --all --yes
ENV PATH /opt/conda/bin:$PATH
RUN conda install -y numpy pandas scikit-learn \
    && conda install -y -c conda-forge jupyterlab \
    && conda clean --all --yes
RUN pip install --no-cache-dir seaborn
EXPOSE 8888
CMD ["jupyter", "lab", "--ip=0.0.0.0", "--allow-root"]
