# The package state these RUNs leave never reaches their layers: a cache mount holds it, or the RUN already runs
# the safe clean-up (what is left is only an unsafe step's business). Merging them saves no byte.
FROM debian:bookworm AS apt-mounts
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends gcc
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get install -y --no-install-recommends make

FROM photon:5.0 AS tdnf-mount
RUN --mount=type=cache,target=/var/cache/tdnf \
    tdnf install -y ca-certificates

# upgrade and clean up
RUN --mount=type=cache,target=/var/cache/tdnf \
    tdnf upgrade -y \
    && tdnf clean all

FROM fedora:40 AS dnf-mount
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y gcc
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y make && dnf clean all

FROM continuumio/miniconda3 AS conda-each-clean
RUN conda install -y python=3.11 \
 && conda clean -ya

# the framework
RUN conda install -y -c pytorch pytorch \
 && conda clean -ya

FROM mambaorg/micromamba
RUN mamba install -y numpy && mamba clean --all --yes
RUN mamba install -y scipy && mamba clean -a -y
