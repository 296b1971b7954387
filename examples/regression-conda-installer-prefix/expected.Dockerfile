FROM debian:bookworm-slim
COPY Miniconda3-latest-Linux-x86_64.sh /tmp/miniconda.sh
# Flags grouped with the prefix option last: the prefix is the next word.
RUN /bin/bash /tmp/miniconda.sh -bfp /opt/conda \
    && rm -f /tmp/miniconda.sh \
    && /opt/conda/bin/conda clean --all --yes
COPY Miniforge3-Linux-x86_64.sh /tmp/
RUN bash /tmp/Miniforge3-Linux-x86_64.sh -bp /opt/forge && rm /tmp/Miniforge3-Linux-x86_64.sh \
    && /opt/forge/bin/conda clean --all --yes
COPY Mambaforge-Linux-x86_64.sh /tmp/
RUN sh /tmp/Mambaforge-Linux-x86_64.sh -b -f -p/opt/mamba \
    && /opt/mamba/bin/conda clean --all --yes
COPY Anaconda3-2024.06-1-Linux-x86_64.sh /tmp/
# `-p=DIR` gives getopts the value "=DIR", and a variable may hold anything: no clean-up is called by a guessed path.
RUN bash /tmp/Anaconda3-2024.06-1-Linux-x86_64.sh -b -p=/opt/anaconda
COPY Miniconda3-py311-Linux-x86_64.sh /tmp/
RUN bash /tmp/Miniconda3-py311-Linux-x86_64.sh -b -p "$CONDA_DIR"
COPY Miniconda3-py312-Linux-x86_64.sh /tmp/
RUN bash /tmp/Miniconda3-py312-Linux-x86_64.sh -bu $INSTALLER_FLAGS
