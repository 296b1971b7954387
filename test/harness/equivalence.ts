/**
 * Semantic-equivalence harness for RUN rewrites (test-only code).
 *
 * A Dockerfile is "executed" without running anything real: every shell-form RUN body (and every heredoc RUN
 * that is a shell script, run as the builder runs it) runs in a fresh bash inside
 * a throw-away chroot that holds nothing but bash, `mkdir` and their shared libraries. `PATH=/nonexistent`, so
 * every external command ends up in a `command_not_found_handle` (installed through `BASH_ENV`) that records the
 * call — argv, `$PWD`, the exported environment, the umask — and succeeds, or exits 97 when it is the call chosen
 * for failure injection. Two Dockerfiles are equivalent when they make the same calls in the same state, print the
 * same output at the same points and end with the same status, without and with each single call failing.
 *
 * Record format (written by the handler to an inherited descriptor that shares one O_APPEND file description with
 * the body's stdout, so call records and printed output keep their relative order):
 *   MARK \0 seq \0 pid \0 argc \0 argv… \0 pwd \0 umask \0 envc \0 K=V… \0 MARK-end \0
 * where MARK is `\x01DFSQ-<random nonce>`. `seq` is claimed atomically at run time and is what failure injection
 * aims at; calls are ordered by `pid` (fork order), because the stages of a pipeline race for `seq`.
 *
 * Known limits: one failure per trace (a rewrite that is only wrong when two calls fail goes unnoticed); builtins
 * never fail on their own (`cd` creates its target, since the image's directories are not in the sandbox); calls
 * given by an absolute path are recorded by a stub under their basename, and relative ones (`./configure`)
 * fail with 127 in both files; concurrency inside
 * a compound pipeline stage (`(a; b) | c`) may order calls differently from run to run; the stubs touch no files,
 * so a clean-up that removes what a later RUN needs is not seen.
 */
import { spawn, execFileSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  chmodSync,
  existsSync,
  fstatSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  unlinkSync,
  readdirSync,
  readFileSync,
  readSync,
  realpathSync,
  rmSync,
  utimesSync,
  writeFileSync,
  constants as fsConstants,
} from 'node:fs';
import { availableParallelism, constants as osConstants, tmpdir } from 'node:os';
import { posix, join, dirname } from 'node:path';
import { randomBytes } from 'node:crypto';
import { DockerfileParser, type Arg, type Env, type Instruction as AstInstruction } from 'dockerfile-ast';
import { initShellParser } from '../../src/document/shell.js';
import { parseDocument } from '../../src/document/parse.js';
import type { HeredocScript } from '../../src/document/types.js';
import { directSpawnEquivalent, HARNESS, LOG, Launcher, RECORD_FD, type Launched } from './launcher.js';

export interface TraceCall {
  argv: string[];
  cwd: string;
  env: Record<string, string>;
  umask: string;
}

export interface Trace {
  calls: TraceCall[];
  stdout: string;
  /** 0 when every RUN succeeded, else the exit status of the first RUN that failed (the build stops there). */
  status: number;
}

export interface EquivalenceOptions {
  /** Calls the rewrite is allowed to add (default: {@link defaultTeardown}). */
  teardown?: (argv: string[]) => boolean;
  /** Applied to the argv of both traces before comparing, e.g. to drop an inserted `--no-cache-dir`. */
  normaliseArgv?: (argv: string[]) => string[];
}

export type Verdict = { ok: true } | { ok: false; reason: string };

/** Status of the call chosen for failure injection. */
export const INJECTED_FAILURE_STATUS = 97;
/** Status recorded for a RUN whose bash was killed after {@link RUN_TIMEOUT_MS}. */
export const TIMEOUT_STATUS = 124;
export const RUN_TIMEOUT_MS = 10_000;
const FAIL_ATTEMPTS = 32;

// RECORD_FD (launcher.ts), the descriptor the handler records through: not 9, since `exec 9>lock; flock 9` is a
// common idiom in RUN bodies.
/** Exported variables that differ between runs for no semantic reason (PWD is recorded as `cwd`). */
const NOISE_ENV = ['SHLVL', '_', 'OLDPWD', 'BASH_ENV', 'PWD'];
/** The base image's config: what the builder expands `$VAR` in ENV, ARG and WORKDIR values from. */
const START_ENV: Readonly<Record<string, string>> = { PATH: '/nonexistent' };
/**
 * What the container runtime adds to a RUN's environment when the config does not set it. The builder never
 * sees these: `ENV P=$HOME/x` is `/x` to it, while the RUN's shell has HOME=/root.
 */
const RUNTIME_ENV: Readonly<Record<string, string>> = { HOME: '/root' };
const POSIX_SHELLS = new Set(['sh', 'bash', 'dash', 'ash']);

const show = (value: unknown): string => JSON.stringify(value);

// ─── default teardown ────────────────────────────────────────────────────────────────────────────────────────

const APT_CACHE_DIRS = ['/var/lib/apt/lists', '/var/cache/apt'];

/** `apt-get clean`, `apt clean`, and a recursive `rm` of paths that all lie under the apt lists or cache. */
export function defaultTeardown(argv: string[]): boolean {
  const program = posix.basename(argv[0] ?? '');
  const args = argv.slice(1);
  if (program === 'apt-get' || program === 'apt') {
    const operands = args.filter((a) => !a.startsWith('-'));
    return operands.length === 1 && operands[0] === 'clean';
  }
  if (program !== 'rm') return false;
  let recursive = false;
  const paths: string[] = [];
  let options = true;
  for (const a of args) {
    if (options && a === '--') options = false;
    else if (options && a.startsWith('--')) {
      if (a === '--recursive') recursive = true;
      else if (a !== '--force' && a !== '--verbose') return false;
    } else if (options && a.startsWith('-') && a.length > 1) {
      if (!/^-[rRfv]+$/.test(a)) return false;
      if (/[rR]/.test(a)) recursive = true;
    } else paths.push(a);
  }
  return (
    recursive &&
    paths.length > 0 &&
    paths.every((p) => {
      if (!p.startsWith('/') || p.split('/').includes('..')) return false;
      const n = posix.normalize(p);
      return APT_CACHE_DIRS.some((d) => n === d || n.startsWith(d + '/'));
    })
  );
}

// ─── sandbox ─────────────────────────────────────────────────────────────────────────────────────────────────

interface Sandbox {
  root: string;
  template: string;
  /** argv prefix that enters a chroot: `chroot` or `unshare -r chroot`. The sandbox dir follows it. */
  enter: string[];
  nonce: string;
  /** The template's directories (with modes) and files, in creation order. */
  entries: { path: string; dir: boolean; mode: number }[];
  /** size:mtime of every template file, to notice a body that wrote to one through its hard link. */
  fingerprint: string;
  /** Sandbox directories not in use, each back in the state {@link makeSlot} made it in. */
  idle: Slot[];
  /** Every slot not yet discarded, to stop their launchers when the sandbox goes. */
  slots: Set<Slot>;
  /** Set when the sandbox is disposed of or its template was written to: its slots are then discarded. */
  retired: boolean;
}

/** A sandbox directory and the launcher that entered its chroot; one trace at a time. */
interface Slot {
  dir: string;
  launcher: Launcher;
}

let sandboxPromise: Promise<Sandbox> | null = null;

function getSandbox(): Promise<Sandbox> {
  sandboxPromise ??= buildSandbox();
  return sandboxPromise;
}

let availability: Promise<Verdict> | null = null;

/**
 * Whether traces can run here (Linux, bash, and either root or unprivileged user namespaces for chroot), checked
 * by building the sandbox and tracing a probe that exercises the handler, the `cd` wrapper and output capture.
 */
export function harnessAvailable(): Promise<Verdict> {
  availability ??= (async (): Promise<Verdict> => {
    try {
      await getSandbox();
      const probe = await runTrace('FROM scratch\nWORKDIR /w\nRUN cd /p && probe "a b" >/dev/null; echo out\n', -1);
      const call = probe.calls[0];
      // The environment too: the handler reads the exported names from `compgen -e`, a builtin some builds lack.
      if (
        probe.calls.length !== 1 ||
        show(call?.argv) !== show(['probe', 'a b']) ||
        call?.cwd !== '/p' ||
        call?.env['PATH'] !== START_ENV['PATH']
      )
        return { ok: false, reason: `the probe trace recorded ${show(probe.calls)}` };
      if (probe.stdout !== 'out\n' || probe.status !== 0)
        return { ok: false, reason: `the probe trace printed ${show(probe.stdout)}, status ${probe.status}` };
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: (error as Error).message };
    }
  })();
  return availability;
}

/** Removes this process's sandbox (tests call it in afterAll). Later traces build a new one. */
export async function disposeHarness(): Promise<void> {
  const pending = sandboxPromise;
  sandboxPromise = null;
  availability = null;
  const sandbox = await pending?.catch(() => null);
  if (!sandbox) return;
  sandbox.retired = true;
  await Promise.all([...sandbox.slots].map((slot) => slot.launcher.stop()));
  rmSync(sandbox.root, { recursive: true, force: true });
}

/** Sandboxes left behind by processes that are gone (named dfsq-harness-<pid>-XXXXXX). */
function removeStaleSandboxes(): void {
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^dfsq-harness-(\d+)-[A-Za-z0-9]{6}$/.exec(name);
    if (!m || Number(m[1]) === process.pid) continue;
    try {
      process.kill(Number(m[1]), 0);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ESRCH')
        rmSync(join(tmpdir(), name), { recursive: true, force: true });
    }
  }
}

function findExecutable(name: string): string | null {
  const dirs = [...(process.env['PATH'] ?? '').split(':'), '/usr/sbin', '/sbin', '/usr/bin', '/bin'];
  for (const dir of dirs) {
    if (!dir) continue;
    const candidate = join(dir, name);
    try {
      if (existsSync(candidate)) return realpathSync(candidate);
    } catch {
      /* keep looking */
    }
  }
  return null;
}

/** Copies `binary` to `dest` inside `template`, plus every shared library `ldd` lists, at the path it lists. */
function copyWithLibraries(binary: string, template: string, dest: string): void {
  copyInto(binary, join(template, dest));
  const out = execFileSync('ldd', [binary], { encoding: 'utf8' });
  for (const line of out.split('\n')) {
    const m = /=>\s*(\/\S+)/.exec(line) ?? /^\s*(\/\S+)\s+\(/.exec(line);
    if (!m) continue;
    const lib = m[1]!;
    const target = join(template, lib);
    if (!existsSync(target)) copyInto(realpathSync(lib), target);
  }
}

function copyInto(source: string, target: string): void {
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(source, target);
  chmodSync(target, 0o755);
}

async function buildSandbox(): Promise<Sandbox> {
  if (process.platform !== 'linux')
    throw new Error(`the equivalence harness needs Linux (this is ${process.platform})`);
  const bash = findExecutable('bash');
  const mkdir = findExecutable('mkdir');
  const chroot = findExecutable('chroot');
  if (!bash || !mkdir || !chroot) throw new Error('the equivalence harness needs bash, mkdir and chroot on the host');
  if (!findExecutable('ldd')) throw new Error('the equivalence harness needs ldd to find the shared libraries of bash');

  removeStaleSandboxes();
  const root = mkdtempSync(join(tmpdir(), `dfsq-harness-${process.pid}-`));
  // Jest's module sandbox may never see 'exit': disposeHarness() and removeStaleSandboxes() cover that case.
  process.once('exit', () => rmSync(root, { recursive: true, force: true }));
  const template = join(root, 'template');
  copyWithLibraries(bash, template, `${HARNESS}/bin/bash`);
  copyWithLibraries(mkdir, template, `${HARNESS}/bin/mkdir`);
  mkdirSync(join(template, 'tmp'), { recursive: true });
  chmodSync(join(template, 'tmp'), 0o1777);
  mkdirSync(join(template, 'root'), { recursive: true });
  mkdirSync(join(template, 'dev'), { recursive: true });
  try {
    execFileSync('mknod', ['-m', '666', join(template, 'dev/null'), 'c', '1', '3'], { stdio: 'ignore' });
  } catch {
    // Not allowed (no CAP_MKNOD): a plain file still lets `> /dev/null` succeed.
    writeFileSync(join(template, 'dev/null'), '', { mode: 0o666 });
  }
  const nonce = randomBytes(8).toString('hex');
  const entries = listTree(template, '');
  const sandbox: Sandbox = {
    root,
    template,
    enter: [chroot],
    nonce,
    entries,
    fingerprint: '',
    idle: [],
    slots: new Set(),
    retired: false,
  };
  sandbox.fingerprint = fingerprint(sandbox);

  const failures: string[] = [];
  const unshare = findExecutable('unshare');
  const enters = [[chroot], ...(unshare ? [[unshare, '-r', chroot]] : [])];
  for (const enter of enters) {
    const probe = await spawnCollect(enter[0]!, [...enter.slice(1), template, `${HARNESS}/bin/bash`, '-c', 'echo ok']);
    if (probe.status === 0 && probe.stdout === 'ok\n') return { ...sandbox, enter };
    failures.push(`\`${enter.join(' ')} <dir> bash\` failed (status ${probe.status}): ${probe.stderr.trim()}`);
  }
  rmSync(root, { recursive: true, force: true });
  throw new Error(`cannot enter a chroot: ${failures.join('; ')}`);
}

function spawnCollect(command: string, args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: {} });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e) => resolve({ status: -1, stdout, stderr: stderr + e.message }));
    child.on('close', (code, signal) => resolve({ status: code ?? 128 + signalNumber(signal), stdout, stderr }));
  });
}

function signalNumber(signal: NodeJS.Signals | null): number {
  return signal ? (osConstants.signals[signal] ?? 0) : 0;
}

function listTree(base: string, rel: string): Sandbox['entries'] {
  const out: Sandbox['entries'] = [];
  for (const entry of readdirSync(join(base, rel), { withFileTypes: true })) {
    const path = join(rel, entry.name);
    const dir = entry.isDirectory();
    out.push({ path, dir, mode: lstatSync(join(base, path)).mode & 0o7777 });
    if (dir) out.push(...listTree(base, path));
  }
  return out;
}

function fingerprint(sandbox: Sandbox): string {
  return sandbox.entries
    .filter((e) => !e.dir)
    .map((e) => {
      const st = lstatSync(join(sandbox.template, e.path));
      return `${e.path}:${st.size}:${st.mtimeMs}`;
    })
    .join('\n');
}

/**
 * Gives the directories and the files the harness made in a fresh sandbox (not the template's links, whose
 * times are the template's) one old time, as an image's files have: only what RUN bodies do then has a later
 * time, so two sandboxes in the same state have their files' times in the same order (see sharedRun).
 */
function backdate(sandbox: Sandbox, dir: string): void {
  const linked = new Set(sandbox.entries.filter((e) => !e.dir).map((e) => e.path));
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const path = join(rel, entry.name);
      if (linked.has(path)) continue;
      if (entry.isDirectory()) walk(path);
      utimesSync(join(dir, path), IMAGE_TIME, IMAGE_TIME);
    }
  };
  walk('');
}

const SEQ_DIR = join(HARNESS.slice(1), 'seq');

/**
 * A sandbox directory: the template's directories, its files hard-linked (a fresh copy of bash and libc costs
 * ~20 ms of page faults per trace; the links cost nothing), the harness's sequence directory, and a launcher
 * that entered its chroot. The host is safe either way, since the template holds copies; a body that writes to
 * a linked file would corrupt the template, which {@link checkTemplate} notices after the trace.
 */
function makeSlot(sandbox: Sandbox): Slot {
  const dir = mkdtempSync(join(sandbox.root, 'slot-'));
  for (const entry of sandbox.entries) {
    const target = join(dir, entry.path);
    if (entry.dir) {
      mkdirSync(target);
      chmodSync(target, entry.mode);
    } else linkSync(join(sandbox.template, entry.path), target);
  }
  mkdirSync(join(dir, SEQ_DIR));
  const slot = { dir, launcher: new Launcher(dir, sandbox.enter) };
  sandbox.slots.add(slot);
  return slot;
}

/** A sandbox directory in the state {@link makeSlot} makes, ready for a trace whose failing call is `failSeq`. */
function acquireSlot(sandbox: Sandbox, failSeq: number): Slot {
  const slot = sandbox.idle.pop() ?? makeSlot(sandbox);
  writeFileSync(join(slot.dir, HARNESS.slice(1), 'env.sh'), bashEnv(sandbox.nonce, failSeq));
  return slot;
}

/**
 * Puts a slot back in the state {@link makeSlot} made it in, so that the next trace starts where a fresh one
 * would (reusing it saves creating and removing a dozen directories per trace, each removal ~3 ms on a disk
 * that discards freed blocks): everything that is not the template's is removed, the sequence directory emptied.
 * What stays is only the template's: its directories (their modes checked; their times are set by
 * {@link backdate} for every trace) and its files, still its hard links (a RUN's builtins cannot remove or
 * replace a file; writes through a link are {@link checkTemplate}'s). Anything else unexpected discards the slot.
 */
function releaseSlot(sandbox: Sandbox, slot: Slot): void {
  const template = new Map(sandbox.entries.map((e) => [e.path, e]));
  const reset = (rel: string): boolean => {
    for (const name of readdirSync(join(slot.dir, rel))) {
      const path = rel ? join(rel, name) : name;
      const target = join(slot.dir, path);
      const own = template.get(path);
      if (path === SEQ_DIR) {
        for (const claimed of readdirSync(target)) unlinkSync(join(target, claimed));
      } else if (!own) rmSync(target, { recursive: true, force: true });
      else {
        const st = lstatSync(target);
        if (own.dir !== st.isDirectory()) return false;
        if (!own.dir && st.ino !== lstatSync(join(sandbox.template, path)).ino) return false;
        if (own.dir && (st.mode & 0o7777) !== own.mode) chmodSync(target, own.mode);
        if (own.dir && !reset(path)) return false;
      }
    }
    return true;
  };
  let clean = false;
  try {
    clean = !sandbox.retired && reset('');
  } finally {
    if (clean) sandbox.idle.push(slot);
    else discardSlot(sandbox, slot);
  }
}

function discardSlot(sandbox: Sandbox, slot: Slot): void {
  sandbox.slots.delete(slot);
  void slot.launcher.stop();
  rmSync(slot.dir, { recursive: true, force: true });
}

/**
 * Commands called by absolute path (`/opt/conda/bin/conda clean`, the way a teardown calls a program an
 * installer just put there) do not reach command_not_found_handle: give each one a stub script that records the
 * call through the same handler, so it is traced like any other command.
 */
function stubAbsoluteCommands(dir: string, doc: ReturnType<typeof parseDocument>): void {
  const names = new Set<string>();
  for (const ins of doc.instructions) {
    for (const command of ins.run?.shell?.commands ?? []) {
      const name = command.name;
      if (name && name.startsWith('/') && !name.startsWith(HARNESS) && !name.includes('..'))
        names.add(posix.normalize(name));
    }
  }
  for (const name of names) {
    const target = join(dir, name);
    if (existsSync(target)) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, `#!${HARNESS}/bin/bash\ncommand_not_found_handle "\${0##*/}" "$@"\n`, { mode: 0o755 });
  }
}

function checkTemplate(sandbox: Sandbox): void {
  if (fingerprint(sandbox) === sandbox.fingerprint) return;
  sandbox.retired = true;
  sandboxPromise = null; // rebuild for the next trace
  throw new Error('harness: a RUN body wrote to a file of the sandbox template (bash or a shared library)');
}

/** A sandbox's own content: what is not the template's hard links nor the harness's bookkeeping. */
type SandboxState = (
  | { path: string; kind: 'dir'; mode: number; mtimeMs: number }
  | { path: string; kind: 'file'; mode: number; atimeMs: number; mtimeMs: number; data: Buffer }
)[];

/** Largest sandbox content worth keeping per checkpoint; past it, traces replay from the start. */
const CHECKPOINT_BYTES = 1 << 20;
/** When the image's files were made, for every file and directory the harness makes (see {@link backdate}). */
const IMAGE_TIME = new Date('2000-01-01T00:00:00Z');

/**
 * The sandbox's state, or null when it holds something a checkpoint cannot restore exactly (a symlink, a fifo,
 * a template file replaced, more than {@link CHECKPOINT_BYTES}). Times are kept, since `[[ a -nt b ]]` and
 * `[[ -N f ]]` are builtins that compare them; not a directory's atime, which reading it here moves. The
 * harness's own directory is not part of it (its bookkeeping is restored apart; no Dockerfile names it).
 */
function captureState(sandbox: Sandbox, dir: string): SandboxState | null {
  const state: SandboxState = [];
  const template = new Map(sandbox.entries.map((e) => [e.path, e]));
  let bytes = 0;
  const walk = (rel: string): boolean => {
    // Sorted, so that two states compare entry by entry.
    for (const name of readdirSync(join(dir, rel)).sort()) {
      const path = rel ? join(rel, name) : name;
      if (path === HARNESS.slice(1)) continue;
      const st = lstatSync(join(dir, path));
      const times = { mode: st.mode & 0o7777, mtimeMs: st.mtimeMs };
      const linked = template.get(path);
      if (linked && !linked.dir) {
        // Builtins cannot remove or rename, so a template file is still its hard link (checkTemplate sees writes).
        if (st.ino !== lstatSync(join(sandbox.template, path)).ino) return false;
      } else if (st.isDirectory()) {
        state.push({ path, kind: 'dir', ...times });
        if (!walk(path)) return false;
      } else if (st.isFile()) {
        bytes += st.size;
        if (bytes > CHECKPOINT_BYTES) return false;
        state.push({ path, kind: 'file', ...times, atimeMs: st.atimeMs, data: readUnseen(join(dir, path), st.size) });
      } else return false;
    }
    return true;
  };
  return walk('') ? state : null;
}

/** Reads a file without touching its atime (`[[ -N f ]]`, a builtin, compares it with the mtime). */
function readUnseen(path: string, size: number): Buffer {
  const fd = openSync(path, fsConstants.O_RDONLY | fsConstants.O_NOATIME);
  try {
    const data = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, data, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return data.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

/** Puts a checkpoint's files and claimed numbers into a fresh sandbox (see {@link acquireSlot}). */
function restoreState(dir: string, checkpoint: Checkpoint): void {
  const seq = join(dir, HARNESS.slice(1), 'seq');
  for (const name of checkpoint.claimed) closeSync(openSync(join(seq, name), 'wx'));
  for (const entry of checkpoint.files) {
    const target = join(dir, entry.path);
    if (entry.kind === 'dir') mkdirSync(target, { recursive: true });
    else writeFileSync(target, entry.data);
    chmodSync(target, entry.mode);
  }
  // Times last, children before their directory (writing into a directory changes its mtime).
  for (const entry of [...checkpoint.files].reverse())
    utimesSync(
      join(dir, entry.path),
      (entry.kind === 'file' ? entry.atimeMs : entry.mtimeMs) / 1000,
      entry.mtimeMs / 1000,
    );
}

/** The BASH_ENV file: sourced by every RUN's fresh shell before its body. Everything is `builtin`-qualified so a
 * body that defines functions named `printf`, `read` … cannot disturb the recording. */
function bashEnv(nonce: string, failSeq: number): string {
  return `# dockerfile-squash equivalence harness
__dfsq_fail=${failSeq}
__dfsq_mark=$'\\x01'DFSQ-${nonce}
if [[ -n \${__DFSQ_CWD-} ]]; then builtin cd -- "$__DFSQ_CWD" || builtin exit 125; fi
builtin unset __DFSQ_CWD OLDPWD
# An inherited (errtrace) ERR trap stops bash from exec-ing the last command of a list in the shell process
# itself, so every call runs in a freshly forked process and PIDs follow program order.
builtin set -E
builtin trap '' ERR

command_not_found_handle() {
  # The handler runs in its own process (the command's), so it may reset the options the body set.
  builtin set +e +u +x +v
  builtin local __dfsq_n=0 __dfsq_low=0 __dfsq_step=1 __dfsq_mid __dfsq_name IFS=$' \\t\\n'
  builtin local -a __dfsq_state __dfsq_env
  __dfsq_env=()
  # Claim a sequence number: creating ${HARNESS}/seq/N under noclobber is atomic, so concurrent calls (pipelines)
  # get distinct numbers. The claimed numbers are always 0..k-1 (each claim takes the lowest free one, see
  # below), so the lowest free one is found by probing for files (a stat each, no redirection): doubling steps,
  # then bisection. Every number below one seen claimed is claimed, and claims are never undone, so the search
  # ends at a number that was the lowest free one when it was probed; the claim then goes up from there. That
  # is the number a scan from 0 would claim, and the claimed numbers stay 0..k-1 (also after a checkpoint is
  # restored, which recreates them).
  while [[ -e ${HARNESS}/seq/$__dfsq_n ]]; do
    __dfsq_low=$((__dfsq_n + 1)) __dfsq_n=$((__dfsq_n + __dfsq_step)) __dfsq_step=$((__dfsq_step * 2))
  done
  while ((__dfsq_low < __dfsq_n)); do
    __dfsq_mid=$(((__dfsq_low + __dfsq_n) / 2))
    if [[ -e ${HARNESS}/seq/$__dfsq_mid ]]; then __dfsq_low=$((__dfsq_mid + 1)); else __dfsq_n=$__dfsq_mid; fi
  done
  # The claiming file also carries what the record needs from builtins that only print (a command substitution
  # would fork): the umask, then the names of the exported variables (compgen -e: those bash passes to a program
  # it runs, arrays aside). One file instead of one for the claim, one for a hint and one for the umask, and no
  # walk over every shell variable.
  builtin set -C
  until { builtin umask; builtin compgen -e; builtin :; } 2>/dev/null >${HARNESS}/seq/$__dfsq_n; do
    __dfsq_n=$((__dfsq_n + 1))
    if ((__dfsq_n > 1000000)); then builtin return 126; fi
  done
  builtin mapfile -t __dfsq_state <${HARNESS}/seq/$__dfsq_n
  for __dfsq_name in "\${__dfsq_state[@]:1}"; do
    case $__dfsq_name in ${NOISE_ENV.join('|')}) builtin continue ;; esac
    # Kept when set and exported after namerefs are resolved (an exported array: its first element; an exported
    # assoc without key 0: left out), as the harness always recorded them.
    [[ \${!__dfsq_name@a} == *x* && -n \${!__dfsq_name+x} ]] && __dfsq_env+=("$__dfsq_name=\${!__dfsq_name}") || :
  done
  builtin printf '%s\\0' "$__dfsq_mark" "$__dfsq_n" "$BASHPID" "$#" "$@" "$PWD" "\${__dfsq_state[0]}" \\
    "\${#__dfsq_env[@]}" "\${__dfsq_env[@]}" "$__dfsq_mark-end" >&${RECORD_FD}
  if [[ $__dfsq_n == "$__dfsq_fail" ]]; then builtin return ${INJECTED_FAILURE_STATUS}; fi
  builtin return 0
}

# The image's directories are not in the sandbox: \`cd\`/\`pushd\` create their target first, so that they succeed
# as they would in the image. (\`command cd\` bypasses this.)
cd() {
  builtin local __dfsq_a
  for __dfsq_a in "$@"; do
    case $__dfsq_a in -*) ;; *) [[ -d $__dfsq_a ]] || ${HARNESS}/bin/mkdir -p -- "$__dfsq_a" 2>/dev/null || : ;; esac
  done
  builtin cd "$@"
}
pushd() {
  builtin local __dfsq_a
  for __dfsq_a in "$@"; do
    case $__dfsq_a in -*|+*) ;; *) [[ -d $__dfsq_a ]] || ${HARNESS}/bin/mkdir -p -- "$__dfsq_a" 2>/dev/null || : ;; esac
  done
  builtin pushd "$@"
}
`;
}

// ─── walking the Dockerfile ──────────────────────────────────────────────────────────────────────────────────

interface RawCall extends TraceCall {
  /** Global sequence number claimed by the handler, teardown calls included (what failure injection targets). */
  seq: number;
  /** PID of the process that made the call: with exec-optimisation off, fork order = program order. */
  pid: number;
  /** Index of the RUN instruction that made the call. */
  run: number;
  /** Bytes of stdout printed before the call. */
  stdoutOffset: number;
}

interface RawTrace {
  calls: RawCall[];
  stdout: string;
  /** The bytes of stdout (`stdout` is their UTF-8 reading). */
  output: Buffer;
  status: number;
  /** Of a run without failure injection: the state in front of each RUN it ran, to resume from. */
  checkpoints?: Checkpoint[];
}

/**
 * Everything a RUN can see of what ran before it: the sandbox's files (what earlier bodies wrote, the
 * directories `cd` and WORKDIR made), the sequence numbers claimed, and what was printed; and how it is run.
 * Processes do not carry over (every RUN is a fresh shell whose process group is waited for), nor does anything
 * else.
 */
interface Checkpoint {
  /** Instruction index of the RUN about to run. */
  run: number;
  /** Its shell invocation (body, shell options, environment, directory), as JSON. */
  invocation: string;
  /** How many calls the trace had recorded before it (a prefix of its calls). */
  calls: number;
  /** The names under ${HARNESS}/seq: the sequence numbers claimed so far. */
  claimed: string[];
  stdout: Buffer;
  files: SandboxState;
}

interface StageState {
  env: Record<string, string>;
  args: Record<string, string>;
  cwd: string;
  shell: string[];
}

const startState = (): StageState => ({ env: { ...START_ENV }, args: {}, cwd: '/', shell: ['/bin/sh', '-c'] });
const cloneState = (s: StageState): StageState => ({
  env: { ...s.env },
  args: { ...s.args },
  cwd: s.cwd,
  shell: [...s.shell],
});

/** The last texts parsed, by text: a check traces each of its two files once per call it makes fail. */
const parsed = new Map<string, { doc: ReturnType<typeof parseDocument>; ast: AstInstruction[] }>();

/** The project's parse of `text` and dockerfile-ast's (for ENV, ARG and SHELL values), which only runTrace reads. */
function parseBoth(text: string): { doc: ReturnType<typeof parseDocument>; ast: AstInstruction[] } {
  let both = parsed.get(text);
  if (!both) {
    both = { doc: parseDocument(text), ast: DockerfileParser.parse(text).getInstructions() };
    if (both.ast.length !== both.doc.instructions.length)
      throw new Error('harness: instruction lists of the two parsers differ');
    if (parsed.size >= 8) parsed.delete(parsed.keys().next().value!);
    parsed.set(text, both);
  }
  return both;
}

/**
 * Runs `text` once; `failSeq` is the raw sequence number (teardown calls counted) of the call that fails. Without
 * failure injection it records a checkpoint in front of every RUN. With `resume` (a checkpoint of a run of the
 * same text without failure injection, and that run), the RUNs before the checkpoint are not run again: their calls
 * and output are that run's, and the sandbox starts in the state they left. This gives the same trace as running
 * them, as long as `failSeq` is not a number they claimed (they then behave exactly as in that run: same text,
 * same state, no failure — the determinism the failure injection already relies on to aim at a call).
 */
async function runTrace(
  text: string,
  failSeq: number,
  resume?: { from: Checkpoint; clean: RawTrace },
): Promise<RawTrace> {
  const sandbox = await getSandbox();
  await initShellParser();
  const { doc, ast } = parseBoth(text);
  if (resume && resume.from.claimed.includes(String(failSeq)))
    throw new Error(`harness: cannot resume past call #${failSeq} to make it fail`);

  const slot = acquireSlot(sandbox, failSeq);
  const dir = slot.dir;
  let logFd = -1;
  try {
    stubAbsoluteCommands(dir, doc);
    backdate(sandbox, dir);
    logFd = openSync(join(dir, LOG), 'w+');
  } catch (error) {
    if (logFd >= 0) closeSync(logFd);
    releaseSlot(sandbox, slot);
    throw error;
  }
  const trace: RawTrace = { calls: [], stdout: '', output: Buffer.alloc(0), status: 0 };
  if (failSeq < 0) trace.checkpoints = [];
  const stdout: Buffer[] = [];
  let stdoutBytes = 0;
  let readPos = 0;
  const resumeAt = resume?.from.run ?? -1;
  if (resume) {
    restoreState(dir, resume.from);
    trace.calls.push(...resume.clean.calls.slice(0, resume.from.calls));
    stdout.push(resume.from.stdout);
    stdoutBytes = resume.from.stdout.length;
  }
  try {
    const stageEnd: StageState[] = [];
    const globalArgs: Record<string, string> = {};
    let state = startState();
    let seenFrom = false;
    for (const instruction of doc.instructions) {
      const node = ast[instruction.index]!;
      switch (instruction.keyword) {
        case 'FROM': {
          if (seenFrom) stageEnd[instruction.stage - 1] = state;
          seenFrom = true;
          const base = doc.stages[instruction.stage]?.baseStage ?? null;
          // A stage built FROM an earlier one inherits its ENV, WORKDIR and SHELL (not its ARGs).
          state = base !== null && stageEnd[base] ? { ...cloneState(stageEnd[base]!), args: {} } : startState();
          break;
        }
        case 'ARG': {
          const property = (node as Arg).getProperty();
          if (!property) break;
          const name = property.getName();
          const raw = property.getUnescapedValue();
          // A global ARG (before the first FROM) only reaches a stage that declares it again without a default.
          const target = seenFrom ? state.args : globalArgs;
          if (raw !== null) target[name] = expandWord(raw, seenFrom ? varsOf(state) : globalArgs, doc.escapeChar);
          else if (seenFrom && name in globalArgs) target[name] = globalArgs[name]!;
          break;
        }
        case 'ENV':
          for (const property of (node as Env).getProperties()) {
            state.env[property.getName()] = expandWord(
              property.getUnescapedValue() ?? '',
              varsOf(state),
              doc.escapeChar,
            );
          }
          break;
        case 'WORKDIR': {
          const path = expandWord(node.getRawArgumentsContent() ?? '', varsOf(state), doc.escapeChar);
          state.cwd = posix.resolve(state.cwd, path);
          if (instruction.index > resumeAt) mkdirSync(join(dir, state.cwd), { recursive: true });
          break;
        }
        case 'SHELL':
          state.shell = shellArgv(node);
          break;
        case 'RUN': {
          if (instruction.index < resumeAt) break; // ran before the checkpoint
          const run = instruction.run;
          const program = posix.basename(state.shell[0] ?? '');
          const shellArgs = POSIX_SHELLS.has(program) ? state.shell.slice(1) : ['-c'];
          const invocation =
            run?.form === 'shell' && run.logical && run.posixShell
              ? { body: run.logical.text, shellArgs }
              : run?.heredoc
                ? heredocInvocation(
                    run.heredoc,
                    doc.text.slice(run.bodyStart, run.bodyEnd),
                    run.logical!.text,
                    shellArgs,
                  )
                : null;
          if (!invocation) break; // never rewritten: skipped
          const bodyRun: BodyRun = {
            ...invocation,
            env: { ...RUNTIME_ENV, ...state.args, ...state.env },
            cwd: state.cwd,
          };
          if (trace.checkpoints) {
            const files = captureState(sandbox, dir);
            if (files) {
              trace.checkpoints.push({
                run: instruction.index,
                invocation: show(bodyRun),
                calls: trace.calls.length,
                claimed: readdirSync(join(dir, HARNESS.slice(1), 'seq')),
                stdout: Buffer.concat(stdout),
                files,
              });
            }
          }
          const { status, pid } = await runBody(sandbox, slot, bodyRun);
          const size = fstatSync(logFd).size;
          const chunk = Buffer.alloc(size - readPos);
          readSync(logFd, chunk, 0, chunk.length, readPos);
          readPos = size;
          const calls: RawCall[] = [];
          stdoutBytes = parseLog(chunk, sandbox.nonce, instruction.index, stdoutBytes, stdout, calls);
          trace.calls.push(...sortByFork(calls, pid));
          if (status !== 0) {
            trace.status = status;
            return finish();
          }
          break;
        }
        default:
          break; // COPY, USER, LABEL …: no effect on what the shell sees
      }
    }
    return finish();
  } finally {
    closeSync(logFd);
    try {
      checkTemplate(sandbox);
    } finally {
      releaseSlot(sandbox, slot);
    }
  }

  function finish(): RawTrace {
    trace.output = Buffer.concat(stdout);
    trace.stdout = trace.output.toString('utf8');
    return trace;
  }
}

/**
 * How the builder runs a heredoc script (BuildKit's dockerfile2llb): `RUN <<EOF` alone hands the script to the
 * SHELL as its `-c` argument (tabs stripped for `<<-`), or, with a shebang, runs it as a file (here: the
 * harness's bash with the shebang's options); with a command next to the marker (`RUN <<EOF bash -e`), the
 * SHELL runs the whole text, heredoc included, and that command reads the script from stdin (here the harness's
 * bash stands in for sh/bash/dash).
 */
function heredocInvocation(
  heredoc: HeredocScript,
  source: string,
  script: string,
  shellArgs: string[],
): { body: string; shellArgs: string[] } {
  const bare = /^<<-?\s*(["']?)[A-Za-z_][\w.-]*\1$/.test(heredoc.header.trim());
  if (!bare) {
    const [first, ...rest] = source.replace(/\r\n/g, '\n').split('\n');
    const command = first!.replace(/(^|\s)(?:\/(?:usr\/)?bin\/)?(?:sh|bash|dash)(?=\s|$)/, `$1${HARNESS}/bin/bash`);
    return { body: [command, ...rest].join('\n'), shellArgs };
  }
  const body = (heredoc.stripsTabs ? script.replace(/^\t+/gm, '') : script) + '\n';
  const shebang = /^#!\s*(\S+)(.*)/.exec(body);
  if (!shebang) return { body, shellArgs };
  const options = (
    shebang[1] === '/usr/bin/env' ? shebang[2]!.trim().split(/\s+/).slice(1) : shebang[2]!.trim().split(/\s+/)
  ).filter(Boolean);
  return { body, shellArgs: [...options, '-c'] };
}

function varsOf(state: StageState): Record<string, string> {
  return { ...state.args, ...state.env };
}

function shellArgv(node: AstInstruction): string[] {
  try {
    const argv: unknown = JSON.parse(node.getRawArgumentsContent() ?? '');
    if (Array.isArray(argv) && argv.every((a) => typeof a === 'string')) return argv as string[];
  } catch {
    /* not JSON: Docker rejects it; keep the default */
  }
  return ['/bin/sh', '-c'];
}

interface BodyRun {
  body: string;
  shellArgs: string[];
  env: Record<string, string>;
  cwd: string;
}

let pidMax: number | null = null;

/**
 * Orders one RUN's calls by when their process was forked (PID distance from the RUN's shell, modulo pid_max).
 * The sequence numbers cannot be used for this: two stages of a pipeline race for them.
 */
function sortByFork(calls: RawCall[], shellPid: number): RawCall[] {
  if (pidMax === null) {
    try {
      pidMax = Number(readFileSync('/proc/sys/kernel/pid_max', 'utf8').trim()) || 32768;
    } catch {
      pidMax = 32768;
    }
  }
  const max = pidMax;
  // A call in the shell process itself (exec-optimised despite the ERR trap) is the last thing that shell does.
  const key = (c: RawCall) => (c.pid === shellPid ? Infinity : (((c.pid - shellPid) % max) + max) % max);
  return calls.sort((a, b) => key(a) - key(b) || a.seq - b.seq);
}

/**
 * Whether a process group still has a member that is not a zombie. Orphaned background jobs are reaped by
 * init, which may take its time; a zombie has finished everything it would record.
 */
function hasLiveMember(pgid: number): boolean {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return true;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') return true;
    } catch {
      /* exited meanwhile */
    }
  }
  return false;
}

/**
 * One RUN: a fresh `bash <shell args> <body>` in the chroot, started by the slot's launcher (or, for the
 * environments it cannot pass on unchanged, spawned from here); resolves to its exit status and the shell's PID.
 */
async function runBody(sandbox: Sandbox, slot: Slot, run: BodyRun): Promise<{ status: number; pid: number }> {
  const env = { ...run.env, BASH_ENV: `${HARNESS}/env.sh`, __DFSQ_CWD: run.cwd };
  const args = [...run.shellArgs, run.body];
  const { pid, exited } = directSpawnEquivalent(env)
    ? await slot.launcher.start(env, args)
    : await spawnDirect(sandbox, slot.dir, env, args);
  let shellDone = false;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = !shellDone;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  }, RUN_TIMEOUT_MS);
  try {
    const code = await exited;
    shellDone = true;
    const status = timedOut ? TIMEOUT_STATUS : code;
    // Background jobs (`&`) share the shell's process group. They are let finish, so that a trace does not
    // depend on how far they got before the shell exited; the timeout ends any that run on.
    while (groupAlive(pid)) await new Promise((resolve) => setTimeout(resolve, 1));
    return { status, pid };
  } finally {
    clearTimeout(timer);
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  return hasLiveMember(pgid);
}

/** `chroot <dir> bash …` spawned from here, detached (own session and process group): what the launcher stands for. */
function spawnDirect(sandbox: Sandbox, dir: string, env: Record<string, string>, args: string[]): Promise<Launched> {
  const [command, ...prefix] = sandbox.enter;
  const log = openSync(join(dir, LOG), 'a');
  const stdio: ('ignore' | number)[] = Array.from({ length: RECORD_FD + 1 }, () => 'ignore');
  stdio[1] = log;
  if (process.env['DFSQ_HARNESS_DEBUG']) stdio[2] = 2; // the bodies' stderr, for debugging the harness
  stdio[RECORD_FD] = log;
  try {
    const child = spawn(command!, [...prefix, dir, `${HARNESS}/bin/bash`, ...args], { env, stdio, detached: true });
    const exited = new Promise<number>((resolve) =>
      child.on('exit', (code, signal) => resolve(code ?? 128 + signalNumber(signal))),
    );
    return new Promise((resolve, reject) => {
      child.on('error', reject);
      child.on('spawn', () => resolve({ pid: child.pid!, exited }));
    });
  } finally {
    closeSync(log);
  }
}

/** Splits one RUN's log into stdout and call records. Returns the new stdout byte count. */
function parseLog(
  chunk: Buffer,
  nonce: string,
  run: number,
  stdoutBytes: number,
  stdout: Buffer[],
  calls: RawCall[],
): number {
  const mark = `\x01DFSQ-${nonce}`;
  const start = Buffer.from(mark + '\0');
  let pos = 0;
  for (;;) {
    const at = chunk.indexOf(start, pos);
    const text = chunk.subarray(pos, at < 0 ? chunk.length : at);
    stdout.push(text);
    stdoutBytes += text.length;
    if (at < 0) return stdoutBytes;
    pos = at + start.length;
    const field = (): string => {
      const end = chunk.indexOf(0, pos);
      if (end < 0) throw new Error('harness: truncated call record');
      const value = chunk.subarray(pos, end).toString('utf8');
      pos = end + 1;
      return value;
    };
    const count = (): number => {
      const value = field();
      if (!/^\d+$/.test(value)) throw new Error(`harness: malformed call record (expected a number, got ${value})`);
      return Number(value);
    };
    const seq = count();
    const pid = count();
    const argv = Array.from({ length: count() }, field);
    const cwd = field();
    const umask = field();
    const env: Record<string, string> = {};
    const entries = Array.from({ length: count() }, field).sort();
    for (const entry of entries) {
      const eq = entry.indexOf('=');
      env[entry.slice(0, eq)] = entry.slice(eq + 1);
    }
    if (field() !== `${mark}-end`) throw new Error('harness: malformed call record (interleaved writes?)');
    calls.push({ seq, pid, run, stdoutOffset: stdoutBytes, argv, cwd, env, umask });
  }
}

/**
 * Docker's word processing for ENV, ARG and WORKDIR values (a subset of BuildKit's shell lexer): quotes removed,
 * escapes resolved, `$VAR`, `${VAR}`, `${VAR:-w}`, `${VAR-w}`, `${VAR:+w}`, `${VAR+w}` expanded, nothing in single
 * quotes expanded.
 */
export function expandWord(raw: string, vars: Record<string, string>, escapeChar = '\\'): string {
  let out = '';
  let i = 0;
  const variable = (): string => {
    // raw[i] === '$'
    const braced = raw[i + 1] === '{';
    if (!braced) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(raw.slice(i + 1));
      if (!m) {
        i++;
        return '$';
      }
      i += 1 + m[0].length;
      return vars[m[0]] ?? '';
    }
    const close = raw.indexOf('}', i);
    if (close < 0) {
      i++;
      return '$';
    }
    const inner = raw.slice(i + 2, close);
    i = close + 1;
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])(.*))?$/s.exec(inner);
    if (!m) return '';
    const [, name, op, word] = m;
    const value = vars[name!];
    const set = op?.startsWith(':') ? value !== undefined && value !== '' : value !== undefined;
    if (op?.endsWith('-')) return set ? value! : expandWord(word ?? '', vars, escapeChar);
    if (op?.endsWith('+')) return set ? expandWord(word ?? '', vars, escapeChar) : '';
    return value ?? '';
  };
  while (i < raw.length) {
    const c = raw[i]!;
    if (c === escapeChar && i + 1 < raw.length) {
      out += raw[i + 1];
      i += 2;
    } else if (c === "'") {
      const close = raw.indexOf("'", i + 1);
      const end = close < 0 ? raw.length : close;
      out += raw.slice(i + 1, end);
      i = end + 1;
    } else if (c === '"') {
      i++;
      while (i < raw.length && raw[i] !== '"') {
        const d = raw[i]!;
        if (d === escapeChar && i + 1 < raw.length && ['"', '$', escapeChar].includes(raw[i + 1]!)) {
          out += raw[i + 1];
          i += 2;
        } else if (d === '$') out += variable();
        else {
          out += d;
          i++;
        }
      }
      i++;
    } else if (c === '$') out += variable();
    else {
      out += c;
      i++;
    }
  }
  return out;
}

// ─── public tracing ──────────────────────────────────────────────────────────────────────────────────────────

const publicCall = (c: RawCall): TraceCall => ({ argv: c.argv, cwd: c.cwd, env: c.env, umask: c.umask });

/** The non-teardown calls, in order: the ones failure injection counts. */
const counted = (trace: RawTrace, teardown: (argv: string[]) => boolean): RawCall[] =>
  trace.calls.filter((c) => !teardown(c.argv));

/**
 * Traces `text` with failure injection at counted call `failCall`. The shell cannot evaluate a JS predicate, so
 * the handler counts every call; the raw number of the failCall-th non-teardown call is read off a run without
 * failure (everything before the failing call is the same in both runs).
 */
async function traceRaw(
  text: string,
  failCall: number | undefined,
  teardown: (argv: string[]) => boolean,
  baseline?: RawTrace,
): Promise<RawTrace> {
  const clean = baseline ?? (await runTrace(text, -1));
  if (failCall === undefined || failCall < 0) return clean;
  const target = counted(clean, teardown)[failCall];
  if (!target) return clean; // fewer calls than that: nothing to fail
  // The RUNs before the target's make the same calls as in the clean run: resume in front of the target's.
  const from = clean.checkpoints?.find((c) => c.run === target.run);
  const resume = from && { from, clean };
  // The numbers are claimed at run time, so concurrent calls (stages of one pipeline) can swap them between
  // runs: retry, also with the numbers of the neighbouring calls, until the failing call is the target. Two
  // stages racing evenly (a loaded machine) give the target its clean number or its neighbour's about as often,
  // so those are tried in three attempts out of four; the wider numbers serve pipelines of more stages.
  const position = clean.calls.indexOf(target);
  const neighbours = (distance: number) =>
    [clean.calls[position - distance], clean.calls[position + distance]]
      .filter((c): c is RawCall => c !== undefined && c.run === target.run)
      .map((c) => c.seq);
  const near = [target.seq, ...neighbours(1)];
  const wide = [...neighbours(2), ...neighbours(3)];
  let seen = '';
  for (let attempt = 0; attempt < FAIL_ATTEMPTS; attempt++) {
    const seq =
      attempt % 4 === 3 && wide.length > 0 ? wide[(attempt >> 2) % wide.length]! : near[attempt % near.length]!;
    const failed = await runTrace(text, seq, resume);
    const index = failed.calls.findIndex((c) => c.seq === seq);
    if (index === position && show(failed.calls[index]!.argv) === show(target.argv)) return failed;
    seen = index < 0 ? 'no call got that number' : `call #${index} ${show(failed.calls[index]!.argv)} got it`;
  }
  throw new Error(
    `harness: could not make call #${position} ${show(target.argv)} fail (${FAIL_ATTEMPTS} attempts; last: ${seen})`,
  );
}

export async function traceDockerfile(
  text: string,
  opts: { failCall?: number; teardown?: (argv: string[]) => boolean } = {},
): Promise<Trace> {
  const trace = await traceRaw(text, opts.failCall, opts.teardown ?? defaultTeardown);
  return { calls: trace.calls.map(publicCall), stdout: trace.stdout, status: trace.status };
}

// ─── comparing ───────────────────────────────────────────────────────────────────────────────────────────────

function envDiff(a: Record<string, string>, b: Record<string, string>): string[] {
  const out: string[] = [];
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (a[key] === b[key]) continue;
    if (!(key in b)) out.push(`${key}=${show(a[key])} only in the original`);
    else if (!(key in a)) out.push(`${key}=${show(b[key])} only in the rewrite`);
    else out.push(`${key}: ${show(a[key])} → ${show(b[key])}`);
  }
  return out;
}

/**
 * Aligns the rewrite's calls to the original's. Equal calls pair up; a rewrite call that does not pair up may be
 * skipped only when it is a teardown the rewrite added, and only at the end of its RUN, after at least one other
 * call of that RUN: i.e. a clean-up may be appended to a RUN's work, never run before (or instead of) a call of it.
 * The harness cannot see that a clean-up removes files a LATER RUN needs (its stubs do not touch the filesystem).
 */
function compareTraces(
  original: RawTrace,
  rewritten: RawTrace,
  teardown: (argv: string[]) => boolean,
  normalise: (argv: string[]) => string[],
): string | null {
  const o = original.calls;
  const r = rewritten.calls;
  const same = (a: RawCall, b: RawCall) =>
    show(normalise(a.argv)) === show(normalise(b.argv)) &&
    a.cwd === b.cwd &&
    a.umask === b.umask &&
    show(a.env) === show(b.env);
  const problems: string[] = [];
  let i = 0;
  let j = 0;
  while (i < o.length || j < r.length) {
    if (i < o.length && j < r.length && same(o[i]!, r[j]!)) {
      if (o[i]!.stdoutOffset !== r[j]!.stdoutOffset) {
        problems.push(
          `output printed before call #${i} ${show(o[i]!.argv)} differs: ${o[i]!.stdoutOffset} bytes in the ` +
            `original, ${r[j]!.stdoutOffset} in the rewrite`,
        );
        break;
      }
      i++;
      j++;
      continue;
    }
    if (j < r.length && teardown(r[j]!.argv)) {
      const call = r[j]!;
      const sameRun = r.filter((c) => c.run === call.run);
      const at = sameRun.indexOf(call);
      const before = sameRun.slice(0, at).some((c) => !teardown(c.argv));
      const after = sameRun.slice(at + 1).find((c) => !teardown(c.argv));
      if (!before || after) {
        problems.push(
          `rewrite adds teardown call #${j} ${show(call.argv)} ` +
            (after
              ? `before ${show(after.argv)} in the same RUN (a clean-up may only be appended after a RUN's work)`
              : `in a RUN where no other call precedes it`),
        );
        break;
      }
      j++;
      continue;
    }
    if (i >= o.length) problems.push(`rewrite makes an extra call #${j} ${show(r[j]!.argv)} (cwd ${r[j]!.cwd})`);
    else if (j >= r.length) problems.push(`rewrite never makes original call #${i} ${show(o[i]!.argv)}`);
    else {
      const a = o[i]!;
      const b = r[j]!;
      const diffs: string[] = [];
      if (show(normalise(a.argv)) !== show(normalise(b.argv))) diffs.push(`argv ${show(a.argv)} → ${show(b.argv)}`);
      else diffs.push(`argv ${show(a.argv)}`);
      if (a.cwd !== b.cwd) diffs.push(`cwd ${show(a.cwd)} → ${show(b.cwd)}`);
      if (a.umask !== b.umask) diffs.push(`umask ${a.umask} → ${b.umask}`);
      const env = envDiff(a.env, b.env);
      if (env.length) diffs.push(`env: ${env.join(', ')}`);
      problems.push(`call #${i} of the original differs from call #${j} of the rewrite: ${diffs.join('; ')}`);
    }
    break;
  }
  if (original.status !== rewritten.status)
    problems.push(`build status ${original.status} in the original, ${rewritten.status} in the rewrite`);
  if (original.stdout !== rewritten.stdout)
    problems.push(`stdout ${show(original.stdout)} in the original, ${show(rewritten.stdout)} in the rewrite`);
  return problems.length ? problems.join('; ') : null;
}

/**
 * When the k-th counted call lies, in both files, in a RUN that both run the same way (same invocation, same
 * sandbox state in front of it, same calls in the clean runs, the target at the same place among them): a
 * function that derives the rewrite's failure trace from the original's, or null.
 *
 * Why the derived trace is the one a run would give: up to that RUN, the rewrite's failure trace is its clean
 * trace (see runTrace). The RUN itself then runs the same body with the same options, environment and directory
 * over the same files (file times compared by their order, which is all builtins like `-nt` can see of them),
 * with the same call made to fail; the one difference, the sequence numbers, is visible only inside the
 * harness's own directory. By the determinism the harness rests on, it makes the same calls, prints the same and
 * exits with the same status as the original's. When that status is not 0 the build stops there, in both files.
 * (With status 0, later RUNs differ, so the rewrite is traced.)
 */
function sharedRun(
  o0: RawTrace,
  r0: RawTrace,
  k: number,
  teardown: (argv: string[]) => boolean,
): ((failed: RawTrace) => RawTrace | null) | null {
  const to = counted(o0, teardown)[k];
  const tr = counted(r0, teardown)[k];
  if (!to || !tr) return null;
  const co = o0.checkpoints?.find((c) => c.run === to.run);
  const cr = r0.checkpoints?.find((c) => c.run === tr.run);
  if (!co || !cr || co.invocation !== cr.invocation || !sameFiles(co.files, cr.files)) return null;
  const runCalls = (trace: RawTrace, c: Checkpoint) => trace.calls.slice(c.calls).filter((call) => call.run === c.run);
  const relative = (call: RawCall, c: Checkpoint) =>
    show([call.argv, call.cwd, call.env, call.umask, call.stdoutOffset - c.stdout.length]);
  const callsO = runCalls(o0, co);
  const callsR = runCalls(r0, cr);
  if (
    callsO.indexOf(to) !== callsR.indexOf(tr) ||
    show(callsO.map((c) => relative(c, co))) !== show(callsR.map((c) => relative(c, cr)))
  )
    return null;
  return (failed) => {
    const own = failed.calls.slice(co.calls);
    if (own.some((call) => call.run !== co.run)) return null;
    const output = Buffer.concat([cr.stdout, failed.output.subarray(co.stdout.length)]);
    return {
      calls: [
        ...r0.calls.slice(0, cr.calls),
        ...own.map((call) => ({
          ...call,
          run: cr.run,
          seq: call.seq - co.claimed.length + cr.claimed.length,
          stdoutOffset: call.stdoutOffset - co.stdout.length + cr.stdout.length,
        })),
      ],
      output,
      stdout: output.toString('utf8'),
      status: failed.status,
    };
  };
}

/** Same entries with the same modes and content, and their times in the same order. */
function sameFiles(a: SandboxState, b: SandboxState): boolean {
  const shape = (state: SandboxState) =>
    show(state.map((e) => [e.path, e.kind, e.mode, e.kind === 'file' ? e.data.toString('base64') : '']));
  const timeOrder = (state: SandboxState) => {
    const times = state.flatMap((e) => (e.kind === 'file' ? [e.atimeMs, e.mtimeMs] : [e.mtimeMs]));
    const ranks = [...new Set(times)].sort((x, y) => x - y);
    return show(times.map((t) => ranks.indexOf(t)));
  };
  return a.length === b.length && shape(a) === shape(b) && timeOrder(a) === timeOrder(b);
}

export async function checkEquivalent(
  original: string,
  rewritten: string,
  opts: EquivalenceOptions = {},
): Promise<Verdict> {
  const teardown = opts.teardown ?? defaultTeardown;
  const normalise = opts.normaliseArgv ?? ((argv: string[]) => argv);
  const [o0, r0] = await Promise.all([runTrace(original, -1), runTrace(rewritten, -1)]);
  const base = compareTraces(o0, r0, teardown, normalise);
  if (base) return { ok: false, reason: `without failure injection: ${base}` };

  const calls = counted(o0, teardown);
  const window = Math.max(2, availableParallelism());
  for (let from = 0; from < calls.length; from += window) {
    const ks = Array.from({ length: Math.min(window, calls.length - from) }, (_, n) => from + n);
    const results = await Promise.all(
      ks.map(async (k) => {
        const shared = sharedRun(o0, r0, k, teardown);
        if (!shared) {
          const [o, r] = await Promise.all([traceRaw(original, k, teardown, o0), traceRaw(rewritten, k, teardown, r0)]);
          return compareTraces(o, r, teardown, normalise);
        }
        const o = await traceRaw(original, k, teardown, o0);
        const r = (o.status !== 0 && shared(o)) || (await traceRaw(rewritten, k, teardown, r0));
        return compareTraces(o, r, teardown, normalise);
      }),
    );
    const first = results.findIndex((d) => d !== null);
    if (first >= 0) {
      const k = ks[first]!;
      return {
        ok: false,
        reason: `failCall=${k} (original call #${k} ${show(calls[k]!.argv)} exits ${INJECTED_FAILURE_STATUS}): ${results[first]}`,
      };
    }
  }
  return { ok: true };
}
