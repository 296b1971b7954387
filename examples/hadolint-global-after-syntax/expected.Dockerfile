# syntax=docker/dockerfile:1
# hadolint global ignore=DL3059,DL3009
FROM ubuntu:24.04
RUN apt-get update
RUN apt-get install -y --no-install-recommends python3
