#!/usr/bin/env bash
# Machine set-up for the image-size benchmark and the measure end-to-end test (Debian-like host, root).
#
#   1. installs docker.io + debootstrap from Debian's archive if missing;
#   2. starts a private dockerd if `docker info` fails, and writes ITS pid to $DFSQ_DOCKERD_PIDFILE
#      (default $DFSQ_STATE_DIR/dockerd.pid) so the caller can stop exactly that one. If a daemon already
#      answers, nothing is started and the pid file is not written;
#   3. builds a bookworm minbase rootfs with debootstrap (cached in $DFSQ_STATE_DIR) and imports it twice:
#        dfsq/bookworm:plain          no docker-specific apt settings (no /etc/apt/apt.conf.d/docker-clean)
#        dfsq/bookworm:official-like  with the apt/dpkg settings of the official debian image
#                                     (debuerreotype's minimizing config: docker-clean, docker-gzip-indexes,
#                                     docker-no-languages, docker-autoremove-suggests, docker-apt-speedup,
#                                     policy-rc.d)
#      Both: http sources (bookworm, bookworm-updates, bookworm-security), empty /var/lib/apt/lists and
#      /var/cache/apt, and the host's CA bundle + /usr/local/share/ca-certificates/* (HTTPS through this
#      machine's egress, e.g. npm inside builds, needs them).
#
# Idempotent: every step is skipped when its result exists. DFSQ_FORCE_IMAGES=1 re-imports both images
# (the rootfs is kept); DFSQ_FORCE_ROOTFS=1 also re-runs debootstrap.
set -euo pipefail

STATE_DIR="${DFSQ_STATE_DIR:-/var/tmp/dfsq-image-size}"
PIDFILE="${DFSQ_DOCKERD_PIDFILE:-$STATE_DIR/dockerd.pid}"
DOCKERD_LOG="${DFSQ_DOCKERD_LOG:-$STATE_DIR/dockerd.log}"
SUITE=bookworm
MIRROR=http://deb.debian.org/debian
SECURITY_MIRROR=http://deb.debian.org/debian-security
ROOTFS="$STATE_DIR/rootfs-$SUITE"
IMAGE_PLAIN=dfsq/bookworm:plain
IMAGE_OFFICIAL=dfsq/bookworm:official-like

log() { printf '[setup] %s\n' "$*" >&2; }

mkdir -p "$STATE_DIR"

# --- 1. packages ----------------------------------------------------------------------------------
need=()
command -v dockerd >/dev/null 2>&1 || need+=(docker.io)
command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
if ((${#need[@]})); then
  [ "$(id -u)" = 0 ] || { log "need root to install ${need[*]}"; exit 1; }
  log "installing ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi

# --- 2. daemon ------------------------------------------------------------------------------------
if docker info >/dev/null 2>&1; then
  log "a Docker daemon already answers; not starting one"
else
  if [ -n "${DOCKER_HOST:-}" ] && [ "${DOCKER_HOST}" != "unix:///var/run/docker.sock" ]; then
    log "DOCKER_HOST=$DOCKER_HOST does not answer; not starting a local daemon for another host"
    exit 1
  fi
  log "starting dockerd (log: $DOCKERD_LOG)"
  # setsid: its own session, so the caller's job control / signals don't reach it by accident
  setsid dockerd >"$DOCKERD_LOG" 2>&1 < /dev/null &
  pid=$!
  echo "$pid" >"$PIDFILE"
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { log "dockerd exited; last log lines:"; tail -n 20 "$DOCKERD_LOG" >&2; exit 1; }
    sleep 1
  done
  docker info >/dev/null 2>&1 || { log "dockerd did not answer within 60 s"; tail -n 20 "$DOCKERD_LOG" >&2; exit 1; }
  log "dockerd up, pid $pid (written to $PIDFILE)"
fi

# --- 3. base rootfs -------------------------------------------------------------------------------
if [ "${DFSQ_FORCE_ROOTFS:-0}" = 1 ] || [ ! -e "$ROOTFS/.dfsq-complete" ]; then
  rm -rf "$ROOTFS"
  log "debootstrap --variant=minbase $SUITE (takes a few minutes)"
  debootstrap --variant=minbase "$SUITE" "$ROOTFS" "$MIRROR" >"$STATE_DIR/debootstrap.log" 2>&1 \
    || { log "debootstrap failed:"; tail -n 20 "$STATE_DIR/debootstrap.log" >&2; exit 1; }

  # http mirrors only (what the build containers can reach without extra certificates)
  rm -f "$ROOTFS/etc/apt/sources.list.d/"*
  cat >"$ROOTFS/etc/apt/sources.list" <<SOURCES
deb $MIRROR $SUITE main
deb $MIRROR $SUITE-updates main
deb $SECURITY_MIRROR $SUITE-security main
SOURCES

  # start clean: no package lists, no apt caches (keep apt's empty directories)
  find "$ROOTFS/var/lib/apt/lists" "$ROOTFS/var/cache/apt" -mindepth 1 ! -type d -delete
  mkdir -p "$ROOTFS/var/lib/apt/lists/partial" "$ROOTFS/var/cache/apt/archives/partial"
  rm -f "$ROOTFS/etc/apt/apt.conf.d/docker-"* "$ROOTFS/etc/dpkg/dpkg.cfg.d/docker-"*

  # the host's CA certificates: HTTPS from inside builds goes through this machine's egress
  mkdir -p "$ROOTFS/usr/local/share/ca-certificates" "$ROOTFS/etc/ssl/certs"
  if compgen -G "/usr/local/share/ca-certificates/*" >/dev/null; then
    cp -a /usr/local/share/ca-certificates/. "$ROOTFS/usr/local/share/ca-certificates/"
  fi
  [ -f /etc/ssl/certs/ca-certificates.crt ] && cp /etc/ssl/certs/ca-certificates.crt "$ROOTFS/etc/ssl/certs/"

  # no host-specific identity in the image
  : >"$ROOTFS/etc/hostname"; rm -f "$ROOTFS/etc/resolv.conf"
  touch "$ROOTFS/.dfsq-complete"
fi

# --- 4. images ------------------------------------------------------------------------------------
import_image() { # <tag> <dir>
  tar --numeric-owner --exclude=./.dfsq-complete -C "$2" -c . \
    | docker import --change 'CMD ["bash"]' --message "dfsq bench base ($1)" - "$1" >/dev/null
  log "imported $1 ($(docker image inspect --format '{{.Size}}' "$1") bytes)"
}

if [ "${DFSQ_FORCE_IMAGES:-0}" = 1 ] || [ "${DFSQ_FORCE_ROOTFS:-0}" = 1 ] || ! docker image inspect "$IMAGE_PLAIN" >/dev/null 2>&1; then
  import_image "$IMAGE_PLAIN" "$ROOTFS"
else
  log "$IMAGE_PLAIN exists"
fi

if [ "${DFSQ_FORCE_IMAGES:-0}" = 1 ] || [ "${DFSQ_FORCE_ROOTFS:-0}" = 1 ] || ! docker image inspect "$IMAGE_OFFICIAL" >/dev/null 2>&1; then
  overlay="$STATE_DIR/rootfs-$SUITE-official-like"
  rm -rf "$overlay"
  cp -a "$ROOTFS" "$overlay"
  # The apt/dpkg settings the official debian image carries (same settings as debuerreotype's
  # debuerreotype-minimizing-config writes; comments left out).
  cat >"$overlay/etc/apt/apt.conf.d/docker-clean" <<'CONF'
DPkg::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };
APT::Update::Post-Invoke { "rm -f /var/cache/apt/archives/*.deb /var/cache/apt/archives/partial/*.deb /var/cache/apt/*.bin || true"; };

Dir::Cache::pkgcache "";
Dir::Cache::srcpkgcache "";
CONF
  echo 'Acquire::GzipIndexes "true";' >"$overlay/etc/apt/apt.conf.d/docker-gzip-indexes"
  echo 'Acquire::Languages "none";' >"$overlay/etc/apt/apt.conf.d/docker-no-languages"
  echo 'Apt::AutoRemove::SuggestsImportant "false";' >"$overlay/etc/apt/apt.conf.d/docker-autoremove-suggests"
  echo 'force-unsafe-io' >"$overlay/etc/dpkg/dpkg.cfg.d/docker-apt-speedup"
  printf '#!/bin/sh\nexit 101\n' >"$overlay/usr/sbin/policy-rc.d"
  chmod 0644 "$overlay/etc/apt/apt.conf.d/docker-"* "$overlay/etc/dpkg/dpkg.cfg.d/docker-apt-speedup"
  chmod 0755 "$overlay/usr/sbin/policy-rc.d"
  import_image "$IMAGE_OFFICIAL" "$overlay"
  rm -rf "$overlay"
else
  log "$IMAGE_OFFICIAL exists"
fi

log "ready: $IMAGE_PLAIN, $IMAGE_OFFICIAL"
