FROM debian:bookworm AS build
RUN apt-get update
RUN apt-get install -y gcc libc6-dev
COPY main.c /src/
RUN gcc -O2 -o /src/app /src/main.c

FROM debian:bookworm-slim AS runtime
RUN apt-get update \
    && apt-get install -y libssl3 \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/app /usr/local/bin/app
ENTRYPOINT ["app"]
