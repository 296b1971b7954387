FROM debian:bookworm AS strict
# errexit is on and something runs after `fi`: `install && clean` would let a failed install run on into it
RUN set -eux; if [ -n "${EXTRA:-}" ]; then apt-get update && apt-get install -y "$EXTRA"; fi; echo "extras done"

FROM strict AS loop
# the branch ends in a loop: nothing to join the clean-up to
RUN if [ -n "${TOOLS:-}" ]; then apt-get update; for t in $TOOLS; do apt-get install -y "$t"; done; fi

FROM loop
# the branch ends with `||`: `&& clean` would bind to the fallback
RUN if [ -f /etc/debian_version ]; then apt-get update && apt-get install -y curl || echo "no curl"; fi
