# syntax=docker/dockerfile:1
# A BuildKit cache mount where the environment puts the cache: the cache is wanted, no flag and no clean-up.
FROM python:3.12-slim AS pip-env
ENV PIP_CACHE_DIR=/var/cache/pip
RUN --mount=type=cache,target=/var/cache/pip pip install -r requirements.txt

FROM python:3.12-slim AS uv-prefix
RUN --mount=type=cache,target=/uv-cache UV_CACHE_DIR=/uv-cache uv pip install --system -r requirements.txt

FROM python:3.12-slim AS xdg
ARG CACHE_ROOT=/cache
ENV XDG_CACHE_HOME=${CACHE_ROOT}
RUN --mount=type=cache,target=/cache/pip pip install numpy

FROM python:3.12-slim AS exported
RUN --mount=type=cache,target=/tmp/pip export PIP_CACHE_DIR=/tmp/pip && pip install pandas

FROM python:3.12-slim AS option
RUN --mount=type=cache,target=/tmp/pip pip install --cache-dir=/tmp/pip scipy

FROM node:22 AS npm
ENV npm_config_cache=/npm-cache
RUN --mount=type=cache,target=/npm-cache npm ci

FROM node:22 AS yarn
ENV YARN_CACHE_FOLDER=/yarn-cache
RUN --mount=type=cache,target=/yarn-cache yarn install --frozen-lockfile

FROM composer:2 AS composer
ENV COMPOSER_CACHE_DIR=/composer-cache
RUN --mount=type=cache,target=/composer-cache composer install

FROM condaforge/miniforge3 AS conda
ENV CONDA_PKGS_DIRS=/conda-pkgs
RUN --mount=type=cache,target=/conda-pkgs conda install -y numpy

FROM python:3.12-slim
ENV PIP_CACHE_DIR=/var/cache/pip
RUN --mount=type=cache,target=/root/.cache/other pip install --no-cache-dir flask
