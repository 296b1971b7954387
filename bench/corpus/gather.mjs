#!/usr/bin/env node
/**
 * Re-gathers the review corpus listed in bench/corpus/manifest.tsv into `corpus/` at the repository root (ignored
 * by git and Prettier: the files belong to their authors and are never committed). Each file lands at
 * `corpus/<owner>__<repo>/<path>`, so every finding traces back to its repository, commit and path.
 *
 *   node bench/corpus/gather.mjs [--mirror /work/.mirror] [--out corpus] [--jobs 8]
 *
 * Sources, in order: a local bare mirror `<mirror>/<owner>+<repo>/repo` (`git cat-file` of the pinned blob), else
 * https://raw.githubusercontent.com/<repo>/<commit>/<path>. Every file is checked against the manifest's blob sha
 * (git hash-object: sha1 of "blob <size>\0" + bytes); a file already present with the right sha is kept. Missing
 * and mismatched files are listed at the end, and the exit status is 1 when there are any.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const MIRROR = resolve(option('--mirror', '/work/.mirror'));
const OUT = resolve(ROOT, option('--out', 'corpus'));
const JOBS = Number(option('--jobs', '8'));

const blobSha = (bytes) => createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');

const DOCKERFILE = /^(?:Dockerfile|Containerfile)(?:[._-].*)?$|\.(?:Dockerfile|Containerfile)$/i;
/** Scripts, documents and configuration named after a Dockerfile (`dockerfile_test.sh`, `Dockerfile.md`). */
const OTHER_FILE =
  /\.(?:sh|bash|zsh|ps1|bat|cmd|py|rb|pl|js|ts|go|rs|md|rst|txt|adoc|ya?ml|json|toml|ini|cfg|lock|patch|diff|dockerignore)$/i;

/**
 * A file name Docker tooling would take for a Dockerfile (`Dockerfile`, `Dockerfile.rhel9`, `api.Dockerfile`,
 * `Containerfile`), not a script or document whose name only starts like one (`dockerfile_test.sh`, a
 * `dockerfile.yaml` workflow) nor a per-Dockerfile ignore file (`Dockerfile.dockerignore`).
 */
export const isDockerfileName = (name) => DOCKERFILE.test(name) && !OTHER_FILE.test(name);

/** `<owner>__<repo>/<path>`: flat per repository, the path kept as in the repository. */
export const corpusPath = (repo, path) => `${repo.replace('/', '__')}/${path}`;

export function readManifest(file = join(HERE, 'manifest.tsv')) {
  const [header, ...lines] = readFileSync(file, 'utf8').trimEnd().split('\n');
  const columns = header.split('\t');
  return lines.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [columns[i], v])));
}

/** Reads many blobs of one bare repository through one `git cat-file --batch`. */
function catFiles(gitDir, shas) {
  return new Promise((done) => {
    const found = new Map();
    if (!existsSync(gitDir)) return done(found);
    const child = spawn('git', [`--git-dir=${gitDir}`, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.on('error', () => done(found));
    child.on('close', () => {
      const out = Buffer.concat(chunks);
      let at = 0;
      while (at < out.length) {
        const eol = out.indexOf(10, at);
        const [sha, type, size] = out.subarray(at, eol).toString().split(' ');
        if (type === 'missing' || size === undefined) {
          at = eol + 1;
          continue;
        }
        const start = eol + 1;
        found.set(sha, out.subarray(start, start + Number(size)));
        at = start + Number(size) + 1;
      }
      done(found);
    });
    child.stdin.end(shas.map((s) => `${s}\n`).join(''));
  });
}

async function download(row) {
  const url = `https://raw.githubusercontent.com/${row.repo}/${row.commit}/${row.path.split('/').map(encodeURIComponent).join('/')}`;
  try {
    const response = await fetch(url);
    if (!response.ok) return { error: `HTTP ${response.status}` };
    return { bytes: Buffer.from(await response.arrayBuffer()) };
  } catch (error) {
    return { error: error.cause?.code ?? error.message };
  }
}

async function main() {
  // The manifest predates the name filter (select.mjs now applies it): its rows for scripts and workflows named
  // like a Dockerfile are not fetched.
  const listed = readManifest();
  const rows = listed.filter((row) => isDockerfileName(basename(row.path)));
  const pending = rows.filter((row) => {
    const target = join(OUT, corpusPath(row.repo, row.path));
    return !(existsSync(target) && blobSha(readFileSync(target)) === row.blob);
  });
  const present = rows.length - pending.length;
  const problems = [];
  let fromMirror = 0;
  let fromNetwork = 0;
  const store = (row, bytes) => {
    const target = join(OUT, corpusPath(row.repo, row.path));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  };

  const byRepo = new Map();
  for (const row of pending) byRepo.set(row.repo, [...(byRepo.get(row.repo) ?? []), row]);
  const remote = [];
  for (const [repo, list] of byRepo) {
    const blobs = await catFiles(
      join(MIRROR, repo.replace('/', '+'), 'repo'),
      list.map((r) => r.blob),
    );
    for (const row of list) {
      const bytes = blobs.get(row.blob);
      if (bytes && blobSha(bytes) === row.blob) {
        store(row, bytes);
        fromMirror++;
      } else remote.push(row);
    }
  }
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(JOBS, remote.length) }, async () => {
      while (next < remote.length) {
        const row = remote[next++];
        const { bytes, error } = await download(row);
        if (!bytes) problems.push(`missing     ${row.repo} ${row.commit} ${row.path}: ${error}`);
        else if (blobSha(bytes) !== row.blob)
          problems.push(`mismatched  ${row.repo} ${row.commit} ${row.path}: sha ${blobSha(bytes)}, want ${row.blob}`);
        else {
          store(row, bytes);
          fromNetwork++;
        }
      }
    }),
  );

  const repos = new Set(rows.map((r) => r.repo)).size;
  console.log(
    `${rows.length} files from ${repos} repositories in ${OUT}: ${present} already present, ${fromMirror} from local mirrors, ${fromNetwork} downloaded, ${problems.length} missing or mismatched; ${listed.length - rows.length} listed files skipped (not Dockerfiles)`,
  );
  for (const p of problems.sort()) console.log(p);
  process.exitCode = problems.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
