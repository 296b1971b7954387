FROM mambaorg/micromamba:1.5
RUN micromamba install -y -n base -c conda-forge python=3.12 \
    && micromamba clean --all --yes \
    && micromamba clean --force-pkgs-dirs --yes
