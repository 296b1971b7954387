/**
 * A deterministic synthetic monorepo: `count` Dockerfiles of mixed sizes (5–200 lines), package managers
 * (apt, apk, pip, npm, conda, dnf) and plain RUNs, multi-stage builds, comments and continuations.
 * The same seed and count always give the same bytes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MANAGERS = {
  apt: {
    bases: ['debian:bookworm', 'ubuntu:22.04', 'debian:bookworm-slim', 'ubuntu:24.04'],
    pkgs: ['curl', 'git', 'ca-certificates', 'build-essential', 'python3', 'libpq-dev', 'jq', 'unzip', 'gnupg', 'wget'],
    update: 'apt-get update',
    install: (p) => `apt-get install -y --no-install-recommends ${p}`,
    cleanup: ['apt-get clean', 'rm -rf /var/lib/apt/lists/*'],
  },
  apk: {
    bases: ['alpine:3.20', 'alpine:3.19', 'node:20-alpine'],
    pkgs: ['curl', 'git', 'bash', 'openssl', 'tzdata', 'make', 'g++', 'python3', 'libc6-compat'],
    update: 'apk update',
    install: (p) => `apk add ${p}`,
    cleanup: ['rm -rf /var/cache/apk/*'],
  },
  pip: {
    bases: ['python:3.12-slim', 'python:3.11', 'python:3.12-alpine'],
    pkgs: ['requests', 'flask', 'gunicorn', 'numpy', 'pandas', 'boto3', 'pydantic', 'uvicorn', 'sqlalchemy'],
    update: 'pip install --upgrade pip',
    install: (p) => `pip install ${p}`,
    cleanup: ['rm -rf /root/.cache/pip'],
  },
  npm: {
    bases: ['node:20', 'node:22-slim', 'node:18-bookworm'],
    pkgs: ['typescript', 'pm2', 'serve', 'pnpm', 'yarn', 'nodemon', 'esbuild'],
    update: 'npm ci',
    install: (p) => `npm install -g ${p}`,
    cleanup: ['npm cache clean --force'],
  },
  conda: {
    bases: ['continuumio/miniconda3', 'mambaorg/micromamba:1.5', 'condaforge/miniforge3'],
    pkgs: ['numpy', 'scipy', 'pytorch', 'jupyter', 'scikit-learn', 'matplotlib', 'pandas'],
    update: 'conda update -n base -y conda',
    install: (p) => `conda install -y ${p}`,
    cleanup: ['conda clean -afy'],
  },
  dnf: {
    bases: ['fedora:40', 'rockylinux:9', 'almalinux:9'],
    pkgs: ['curl', 'git', 'gcc', 'make', 'python3', 'tar', 'which', 'openssl-devel'],
    update: 'dnf makecache',
    install: (p) => `dnf install -y ${p}`,
    cleanup: ['dnf clean all', 'rm -rf /var/cache/dnf'],
  },
};
const MANAGER_IDS = Object.keys(MANAGERS);

const PLAIN = [
  'mkdir -p /app /data',
  'useradd --create-home app',
  'echo "export PATH=/opt/bin:$PATH" >> /etc/profile',
  'cd /app && make build',
  'chmod +x /usr/local/bin/entrypoint.sh',
  'ln -sf /usr/share/zoneinfo/UTC /etc/localtime',
  'set -eux; mkdir -p /var/log/app; chown app /var/log/app',
  'test -f /app/config.yaml || cp /app/config.example.yaml /app/config.yaml',
  'curl -fsSL https://example.com/install.sh | sh',
  'for f in /app/scripts/*.sh; do chmod +x "$f"; done',
  'if [ -d /app/tmp ]; then rm -rf /app/tmp; fi',
];
const OTHER = [
  'WORKDIR /app',
  'COPY . /app',
  'COPY package.json package-lock.json ./',
  'ENV LANG=C.UTF-8',
  'ENV APP_ENV=production PORT=8080',
  'EXPOSE 8080',
  'ARG VERSION=1.0.0',
  'LABEL org.opencontainers.image.source="https://example.com/repo"',
  'USER app',
];
const COMMENTS = [
  '# Install the build dependencies',
  '# System packages',
  '# TODO: pin versions',
  '# Runtime configuration',
  '# Clean up',
  '',
];

export function generateDockerfile(rand) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const roll = rand();
  const target =
    roll < 0.6
      ? 5 + Math.floor(rand() * 25)
      : roll < 0.9
        ? 30 + Math.floor(rand() * 50)
        : 80 + Math.floor(rand() * 121);
  const continuationFirst = rand() < 0.5;
  const lines = [];
  const stages = target > 40 && rand() < 0.6 ? 2 + Math.floor(rand() * 2) : 1;
  const perStage = Math.max(3, Math.floor(target / stages));
  for (let s = 0; s < stages; s++) {
    const manager = pick(MANAGER_IDS);
    const m = MANAGERS[manager];
    lines.push(`FROM ${pick(m.bases)}${s < stages - 1 ? ` AS stage${s}` : ''}`);
    const end = lines.length + perStage - 1;
    while (lines.length < end) {
      const r = rand();
      const pkgs = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => pick(m.pkgs)).join(' ');
      if (r < 0.35) {
        // The naive pattern the tool exists for: update, install(s), clean-up as separate RUNs.
        lines.push(`RUN ${m.update}`);
        if (rand() < 0.3) lines.push(pick(COMMENTS));
        lines.push(`RUN ${m.install(pkgs)}`);
        if (rand() < 0.4) lines.push(`RUN ${m.install(pick(m.pkgs))}`);
        if (rand() < 0.5) lines.push(`RUN ${m.cleanup.join(' && ')}`);
      } else if (r < 0.5) {
        // An already squashed RUN with continuations, in one of the two styles.
        const cmds = [m.update, m.install(pkgs), ...m.cleanup];
        if (continuationFirst)
          lines.push(
            `RUN ${cmds[0]} \\`,
            ...cmds.slice(1).map((c, i) => `    && ${c}${i < cmds.length - 2 ? ' \\' : ''}`),
          );
        else
          lines.push(...cmds.map((c, i) => `${i === 0 ? 'RUN ' : '    '}${c}${i < cmds.length - 1 ? ' && \\' : ''}`));
      } else if (r < 0.7) {
        lines.push(`RUN ${pick(PLAIN)}`);
      } else if (r < 0.85) {
        lines.push(pick(OTHER));
      } else {
        lines.push(pick(COMMENTS));
      }
    }
  }
  lines.push(pick(['CMD ["./start.sh"]', 'ENTRYPOINT ["/app/entrypoint.sh"]', 'CMD ["node", "server.js"]']));
  return lines.join('\n') + '\n';
}

const NAMES = [
  'Dockerfile',
  'Dockerfile',
  'Dockerfile',
  'Dockerfile.prod',
  'api.Dockerfile',
  'worker.dockerfile',
  'Containerfile',
];

/** Writes `count` files under `root`; returns their relative paths in creation order. */
export function generateMonorepo(root, { count = 10_000, seed = 42 } = {}) {
  const rand = prng(seed);
  const paths = [];
  for (let i = 0; i < count; i++) {
    const group = `group-${String(Math.floor(i / 100)).padStart(3, '0')}`;
    const name = NAMES[Math.floor(rand() * NAMES.length)];
    const path = join('services', group, `svc-${String(i).padStart(5, '0')}`, name);
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), generateDockerfile(rand));
    paths.push(path);
  }
  return paths;
}
