FROM continuumio/miniconda3:24.7.1-0 AS clean
RUN conda install -y numpy && conda clean --all --yes

FROM clean
RUN --mount=type=cache,target=/opt/conda/pkgs conda install -y scipy
