FROM debian:bookworm
RUN apt-get update && apt-get install -y curl && apt-get clean && curl -fsSL https://example.org/x.sh -o /x.sh
COPY a /a
RUN apt-get update; apt-get install -y git; apt-get clean; git --version
COPY b /b
RUN sudo apt-get update && sudo apt-get install -y jq && sudo apt-get clean && jq --version
COPY c /c
RUN apt-get update && apt-get install -y make && apt-get clean && apt-get autoremove -y && rm -rf /tmp/* \
    && rm -rf /var/lib/apt/lists/*
