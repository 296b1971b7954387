# syntax=docker/dockerfile:1
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y python3
RUN bash -e <<'EOT'
update-alternatives --install /usr/bin/python python /usr/bin/python3 1
apt-get install -y python3-venv
EOT
