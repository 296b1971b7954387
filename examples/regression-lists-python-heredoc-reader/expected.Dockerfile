# syntax=docker/dockerfile:1
FROM debian:bookworm
RUN apt-get update && apt-get install -y python3
RUN python3 - <<'PY'
import subprocess
subprocess.run(["apt-get", "install", "-y", "jq"], check=True)
PY
