FROM debian:bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev make
RUN pip install --target /opt/app/lib cython || true

FROM debian:bookworm-slim
COPY --from=build /usr /usr
COPY --from=build ["/opt/app", "/opt/app"]
COPY --from=build /usr/lib/x86_64-linux-gnu/libgcc* /usr/lib/
