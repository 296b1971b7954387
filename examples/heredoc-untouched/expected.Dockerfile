# syntax=docker/dockerfile:1
FROM debian:bookworm
RUN cat <<'EOF' > /etc/apt/apt.conf.d/99retries
Acquire::Retries "3";
EOF
RUN <<EOF python3
import subprocess
subprocess.run(["apt-get", "install", "-y", "curl"], check=True)
EOF
RUN <<EOF
#!/usr/bin/env python3
print("apt-get install -y curl")
EOF
RUN <<A cat > /tmp/a && <<B cat > /tmp/b
apt-get install -y a
A
apt-get install -y b
B
# errexit is on, and the loop holds an && list: appending after it would switch errexit off inside.
RUN <<EOF
set -e
apt-get update
for p in curl git; do apt-get install -y "$p" && echo "installed $p"; done
EOF
