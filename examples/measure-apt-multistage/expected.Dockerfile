FROM debian:bookworm AS build
RUN apt-get update
RUN apt-get install -y --no-install-recommends gcc libc6-dev
RUN printf 'int main(void) { return 0; }\n' > /hello.c \
    && gcc -O2 -o /hello /hello.c

FROM debian:bookworm
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl \
    && apt-get clean \
    && rm -rf /var/lib/apt/lists/*
COPY --from=build /hello /usr/local/bin/hello
CMD ["hello"]
