#!/usr/bin/env node
/**
 * Writes bench/corpus/manifest.tsv: which real Dockerfiles make up the review corpus. Run once, by hand, with the
 * repositories below mirrored as bare git directories (`/work/.mirror/<owner>+<repo>/repo`, or --mirror DIR); the
 * manifest it writes is what gets committed, and `gather.mjs` re-fetches exactly those blobs.
 *
 *   node bench/corpus/select.mjs [--mirror /work/.mirror] [--cap 60]
 *
 * Per repository it lists every file Docker tooling would take for a Dockerfile (or a template of one) at the
 * pinned ref, not the scripts and workflows merely named like one (isDockerfileName), and keeps at most `cap` of
 * them, chosen by a hash of the path so the choice is stable and spread over the whole tree (a repository with
 * 700 near-identical generated files must not drown the others).
 *
 * Kind is the repository's kind, except that a file whose own FROM or path names a Windows base is `windows` and
 * a template (`*.template`, `*.j2`, `*.tmpl`, `*.in`, or template directives on their own lines) is `templated`:
 * those are what the tool must skip.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDockerfileName } from './gather.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const MIRROR = resolve(option('--mirror', '/work/.mirror'));
const CAP = Number(option('--cap', '60'));

/** [owner/repo, kind, ref (default HEAD)]. Kinds: official, windows, devcontainer, datascience, app, monorepo, collection. */
const REPOS = [
  // official images: Debian/Ubuntu/Alpine (docker-library and upstream-maintained official images)
  ['docker-library/python', 'official'],
  ['docker-library/golang', 'official'],
  ['docker-library/php', 'official'],
  ['docker-library/ruby', 'official'],
  ['docker-library/postgres', 'official'],
  ['docker-library/buildpack-deps', 'official'],
  ['docker-library/mongo', 'official'],
  ['docker-library/docker', 'official'],
  ['docker-library/openjdk', 'official'],
  ['docker-library/julia', 'official'],
  ['docker-library/wordpress', 'official'],
  ['docker-library/drupal', 'official'],
  ['docker-library/redis', 'official'],
  ['docker-library/httpd', 'official'],
  ['docker-library/mysql', 'official'],
  ['docker-library/rabbitmq', 'official'],
  ['docker-library/tomcat', 'official'],
  ['nodejs/docker-node', 'official'],
  ['nginxinc/docker-nginx', 'official'],
  ['rust-lang/docker-rust', 'official'],
  ['adoptium/containers', 'official'],
  ['caddyserver/caddy-docker', 'official'],
  ['traefik/traefik-library-image', 'official'],
  ['apache/solr-docker', 'official'],
  ['apache/spark-docker', 'official'],
  ['SonarSource/docker-sonarqube', 'official'],
  ['jenkinsci/docker', 'official'],
  ['nextcloud/docker', 'official'],
  ['matomo-org/docker', 'official'],
  ['composer/docker', 'official'],
  ['elastic/dockerfiles', 'official'],
  ['linuxserver/docker-baseimage-alpine', 'official'],
  ['linuxserver/docker-baseimage-ubuntu', 'official'],
  ['home-assistant/docker-base', 'official'],
  // official images: Fedora / CentOS / UBI (sclorg builds Fedora, CentOS Stream and RHEL/UBI variants) / openSUSE
  ['sclorg/s2i-python-container', 'official'],
  ['sclorg/s2i-nodejs-container', 'official'],
  ['sclorg/s2i-ruby-container', 'official'],
  ['sclorg/s2i-php-container', 'official'],
  ['sclorg/postgresql-container', 'official'],
  ['sclorg/mariadb-container', 'official'],
  ['sclorg/nginx-container', 'official'],
  ['containers/image_build', 'official'],
  ['fedora-cloud/Fedora-Dockerfiles', 'official'],
  ['CentOS/CentOS-Dockerfiles', 'official'],
  ['SUSE/BCI-dockerfile-generator', 'official', 'Tumbleweed'],
  ['os-autoinst/openQA', 'app'],
  // Windows images
  ['dotnet/dotnet-docker', 'official'],
  ['PowerShell/PowerShell-Docker', 'official'],
  ['microsoft/mssql-docker', 'official'],
  ['StefanScherer/dockerfiles-windows', 'windows'],
  // dev containers
  ['devcontainers/images', 'devcontainer'],
  ['microsoft/vscode-dev-containers', 'devcontainer'],
  // data science / ML
  ['jupyter/docker-stacks', 'datascience'],
  ['rocker-org/rocker-versioned2', 'datascience'],
  ['rocker-org/rocker', 'datascience'],
  ['Kaggle/docker-python', 'datascience'],
  ['ufoym/deepo', 'datascience'],
  ['NVIDIA/DeepLearningExamples', 'datascience'],
  ['NVIDIA/TensorRT', 'datascience'],
  ['tensorflow/serving', 'datascience'],
  ['pangeo-data/pangeo-docker-images', 'datascience'],
  ['iot-salzburg/gpu-jupyter', 'datascience'],
  ['anibali/docker-pytorch', 'datascience'],
  ['ContinuumIO/docker-images', 'datascience'],
  ['conda-forge/miniforge-images', 'datascience'],
  ['mamba-org/micromamba-docker', 'datascience'],
  // language application repositories
  ['discourse/discourse_docker', 'app'],
  ['huginn/huginn', 'app'],
  ['laravel/sail', 'app'],
  ['saleor/saleor', 'app'],
  ['paperless-ngx/paperless-ngx', 'app'],
  ['netbox-community/netbox-docker', 'app'],
  ['zulip/docker-zulip', 'app'],
  ['getredash/redash', 'app'],
  ['tiangolo/uvicorn-gunicorn-fastapi-docker', 'app'],
  ['outline/outline', 'app'],
  ['umami-software/umami', 'app'],
  ['prometheus/prometheus', 'app'],
  ['photoprism/photoprism', 'app'],
  ['meilisearch/meilisearch', 'app'],
  ['qdrant/qdrant', 'app'],
  ['LukeMathWalker/cargo-chef', 'app'],
  ['quarkusio/quarkus-quickstarts', 'app'],
  // monorepos with many services and sample collections
  ['GoogleCloudPlatform/microservices-demo', 'monorepo'],
  ['GoogleCloudPlatform/kubernetes-engine-samples', 'monorepo'],
  ['open-telemetry/opentelemetry-demo', 'monorepo'],
  ['docker/awesome-compose', 'monorepo'],
  ['dockersamples/example-voting-app', 'monorepo'],
  ['dockersamples/atsea-sample-shop-app', 'monorepo'],
  ['instana/robot-shop', 'monorepo'],
  ['getsentry/self-hosted', 'monorepo'],
  // templated Dockerfiles (Jinja)
  ['openstack/kolla', 'templated'],
  // personal collections of many small images
  ['jessfraz/dockerfiles', 'collection'],
  ['vimagick/dockerfiles', 'collection'],
  ['tianon/dockerfiles', 'collection'],
];

const TEMPLATE = /\.(?:template|j2|jinja2?|tmpl|tpl|in)$/i;
/** A template directive on a line of its own, or in a FROM (Go templates inside a RUN's command are fine). */
const TEMPLATE_SYNTAX = /^[ \t]*(?:\{\{|\{%)|^[ \t]*FROM[ \t].*\{\{/im;
const WINDOWS = /windows|nanoserver|servercore/i;
const MAX_BYTES = 1024 * 1024;

const git = (dir, ...argv) =>
  execFileSync('git', [`--git-dir=${dir}`, ...argv], { encoding: 'utf8', maxBuffer: 256 << 20 });
const gitBytes = (dir, ...argv) => execFileSync('git', [`--git-dir=${dir}`, ...argv], { maxBuffer: 64 << 20 });
const rank = (repo, path) => createHash('sha1').update(`${repo}\0${path}`).digest('hex');

const rows = [];
for (const [repo, repoKind, ref = 'HEAD'] of REPOS) {
  const dir = join(MIRROR, repo.replace('/', '+'), 'repo');
  const commit = git(dir, 'rev-parse', `${ref}^{commit}`).trim();
  const candidates = git(dir, 'ls-tree', '-r', '-l', commit)
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [meta, path] = line.split('\t');
      const [mode, type, sha, size] = meta.split(/\s+/);
      return { mode, type, sha, size: Number(size), path };
    })
    .filter((f) => f.type === 'blob' && f.mode !== '120000' && f.size > 0 && f.size <= MAX_BYTES)
    .filter((f) => isDockerfileName(f.path.split('/').pop()))
    .sort((a, b) => rank(repo, a.path).localeCompare(rank(repo, b.path)))
    .slice(0, CAP);
  for (const f of candidates) {
    const bytes = gitBytes(dir, 'cat-file', 'blob', f.sha);
    if (bytes.includes(0)) continue; // binary
    const text = bytes.toString('utf8');
    const froms = text.match(/^[ \t]*FROM[ \t].*$/gim) ?? [];
    const kind =
      TEMPLATE.test(f.path) || TEMPLATE_SYNTAX.test(text)
        ? 'templated'
        : WINDOWS.test(f.path) || froms.some((l) => WINDOWS.test(l)) || /^#\s*escape\s*=\s*`/im.test(text)
          ? 'windows'
          : repoKind;
    rows.push([repo, commit, f.path, f.sha, kind]);
  }
}

rows.sort((a, b) => (a[0] + '\0' + a[2]).localeCompare(b[0] + '\0' + b[2]));
const header = ['repo', 'commit', 'path', 'blob', 'kind'];
writeFileSync(join(HERE, 'manifest.tsv'), [header, ...rows].map((r) => r.join('\t')).join('\n') + '\n');
const byKind = {};
for (const r of rows) byKind[r[4]] = (byKind[r[4]] ?? 0) + 1;
console.log(`${rows.length} files from ${new Set(rows.map((r) => r[0])).size} repositories`, byKind);
