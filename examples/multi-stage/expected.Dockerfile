FROM debian:bookworm AS build
RUN apt-get update \
    && apt-get install -y gcc make
COPY . /src
RUN make -C /src

FROM debian:bookworm-slim AS runtime
RUN apt-get update \
    && apt-get install -y libssl3 \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/app /usr/local/bin/app
ENTRYPOINT ["app"]
