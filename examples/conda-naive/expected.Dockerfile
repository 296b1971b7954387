FROM continuumio/miniconda3:24.7.1-0
RUN conda install -y numpy \
    && conda install -y -c conda-forge scipy \
    && mamba install -y xarray \
    && mamba clean --all --yes
