/**
 * The RUN launcher of the equivalence harness (test-only code): one small bash per sandbox directory, started
 * once inside its chroot, that starts each RUN's fresh `bash <shell args> <body>` for the harness.
 *
 * Why: spawning from Node forks the whole Node process (a Jest worker holds hundreds of MB; on this project's
 * 2-core CI that fork cost ~10 ms of system time per RUN, paid again for tearing down the copy) and then execs
 * `chroot`, only for `chroot` to exec bash. The launcher forks a 4 MB bash instead and execs bash directly: what a
 * traced suite spends per RUN roughly halves.
 *
 * What a RUN's shell gets is what a direct spawn (`chroot <dir> bash …` from Node, detached) gave it, which
 * {@link directSpawnEquivalent} decides per RUN, falling back to that spawn when it cannot promise it:
 * - the environment, exactly: the launcher exports the requested variables (its own, PWD, OLDPWD and SHLVL, are
 *   unexported first) and `exec`s, which adds nothing but SHLVL=0, which the new bash replaces with its own 1 as it
 *   does when SHLVL is absent. Variables bash itself owns (SHLVL, RANDOM, readonly ones …) or that are no shell
 *   names (`a.b`) could not be passed through `export` unchanged: those RUNs are spawned directly;
 * - stdin the host's /dev/null read-only, stderr the host's /dev/null read-write (as libuv's `ignore`), stdout
 *   and {@link RECORD_FD} one shared O_APPEND description of the trace's log (write-only, where the direct spawn's
 *   was also readable: no RUN body reads its own stdout back), no other descriptor;
 * - its own process group (`set -m`; a direct spawn made it a session too, which a body without /proc cannot
 *   tell), `/` as the working directory, the harness's signal dispositions (default) and umask;
 * - its PID (the launcher's `$!`, the PID that execs bash) and its exit status (`wait -f`, which waits for the
 *   end, not a stop, like Node's 'exit'; 128+n for a signal n).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { join } from 'node:path';

/** Descriptor the handler records through (see equivalence.ts). */
export const RECORD_FD = 47;
export const HARNESS = '/.harness';
/** Where a request is written for the launcher, inside the sandbox: a file is read in blocks, a pipe byte by byte. */
const REQUEST = `${HARNESS}/request`;
/** The log a RUN's stdout and call records go to, inside the sandbox. */
export const LOG = `${HARNESS}/log`;

/**
 * Runs one request per line on stdin: the request file holds NUL-terminated fields, the variable count, the
 * `NAME=value` entries, then bash's arguments. Fields go to the positional parameters before anything is
 * exported, so no exported name can change what is run. Answers `pid N` when the shell started and `exit S`
 * when it ended. Descriptors 3 and 4 are the host's /dev/null (read-only, read-write) or, for debugging, stderr.
 */
const SCRIPT = `
set -m
builtin export -n PWD OLDPWD SHLVL
if ((BASH_VERSINFO[0] * 100 + BASH_VERSINFO[1] >= 501)); then __dfsq_wait=(wait -f); else __dfsq_wait=(wait); fi
while builtin read -r __dfsq_line; do
  builtin mapfile -d '' -t __dfsq_request < ${REQUEST}
  (
    builtin set -- "\${__dfsq_request[@]:__dfsq_request[0]+1}"
    builtin export -- "\${__dfsq_request[@]:1:__dfsq_request[0]}"
    builtin exec -- ${HARNESS}/bin/bash "$@"
  ) 0<&3 1>>${LOG} 2>&4 ${RECORD_FD}>&1 3<&- 4>&- &
  __dfsq_pid=$!
  builtin printf 'pid %d\\n' "$__dfsq_pid"
  builtin "\${__dfsq_wait[@]}" "$__dfsq_pid"
  builtin printf 'exit %d\\n' "$?"
done
`;

/** Names bash assigns, reads at start-up or keeps readonly: `export NAME=value; exec` may not pass them as given. */
const SHELL_OWNED = new Set(
  (
    '_ BASHOPTS BASHPID DIRSTACK EPOCHREALTIME EPOCHSECONDS EUID FUNCNAME GROUPS HISTCMD IFS LINENO MAPFILE ' +
    'OLDPWD OPTARG OPTERR OPTIND PIPESTATUS POSIXLY_CORRECT PPID PWD RANDOM REPLY SECONDS SHELLOPTS SHLVL ' +
    'SRANDOM UID'
  ).split(' '),
);

/**
 * Whether the launcher starts a RUN with this environment exactly as a direct spawn would: every name a shell
 * variable name that bash does not own and that is not the launcher's own (`__dfsq_…`).
 */
export function directSpawnEquivalent(env: Record<string, string>): boolean {
  return Object.keys(env).every(
    (name) =>
      // BASH_ENV is the harness's own, read by the RUN's shell only.
      name === 'BASH_ENV' ||
      (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !SHELL_OWNED.has(name) && !/^(BASH|COMP_|__dfsq)/.test(name)),
  );
}

export interface Launched {
  pid: number;
  /** Resolves to the shell's exit status once it has ended (not stopped). */
  exited: Promise<number>;
}

/** A running launcher, chrooted into `dir` (the host path of the sandbox directory). */
export class Launcher {
  private readonly child: ChildProcess;
  private buffer = '';
  private readonly waiting: ((line: string) => void)[] = [];
  private failure: Error | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private get output(): Socket {
    return this.child.stdout as Socket;
  }

  constructor(
    private readonly dir: string,
    enter: string[],
  ) {
    const devNull = [openSync('/dev/null', 'r'), process.env['DFSQ_HARNESS_DEBUG'] ? 2 : openSync('/dev/null', 'r+')];
    try {
      this.child = spawn(enter[0]!, [...enter.slice(1), dir, `${HARNESS}/bin/bash`, '-c', SCRIPT], {
        env: {},
        stdio: ['pipe', 'pipe', 'ignore', devNull[0]!, devNull[1]!],
        detached: true, // its own session and process group, as each directly spawned RUN had
      });
    } finally {
      for (const fd of devNull) if (fd !== 2) closeSync(fd);
    }
    const fail = (error: Error) => {
      this.failure ??= error;
      for (const resolve of this.waiting.splice(0)) resolve('');
    };
    this.child.on('error', fail);
    this.child.on('exit', (code, signal) => fail(new Error(`harness: the RUN launcher exited (${signal ?? code})`)));
    this.child.stdin!.on('error', fail);
    this.child.stdout!.setEncoding('utf8');
    this.child.stdout!.on('data', (data: string) => {
      this.buffer += data;
      let end;
      while ((end = this.buffer.indexOf('\n')) >= 0) {
        const line = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 1);
        this.waiting.shift()?.(line);
      }
      if (this.waiting.length === 0) this.output.unref();
    });
    // An idle launcher must not keep the process alive: its output is listened to only while a RUN is out.
    this.child.unref();
    (this.child.stdin as Socket).unref();
    this.output.unref();
  }

  /** Starts `bash …args` with exactly `env`; one RUN at a time per launcher (a sandbox runs its RUNs in order). */
  start(env: Record<string, string>, args: string[]): Promise<Launched> {
    const entries = Object.entries(env).map(([k, v]) => `${k}=${v}`);
    const fields = [String(entries.length), ...entries, ...args];
    const line = () => new Promise<string>((resolve) => this.waiting.push(resolve));
    const started = this.queue.then(async () => {
      if (this.failure) throw this.failure;
      writeFileSync(join(this.dir, REQUEST), fields.map((f) => f + '\0').join(''));
      const pidLine = line();
      const exitLine = line();
      this.output.ref();
      this.child.stdin!.write('\n');
      const pid = /^pid (\d+)$/.exec(await pidLine);
      if (!pid) throw this.failure ?? new Error('harness: the RUN launcher did not start the shell');
      const exited = exitLine.then((answer) => {
        const status = /^exit (\d+)$/.exec(answer);
        if (!status) throw this.failure ?? new Error(`harness: unexpected answer from the RUN launcher: ${answer}`);
        return Number(status[1]);
      });
      return { pid: Number(pid[1]), exited };
    });
    this.queue = started.then((s) => s.exited).catch(() => undefined);
    return started;
  }

  /** Ends the launcher (its stdin closing ends its loop); resolves once it has. */
  stop(): Promise<void> {
    const ended = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null || this.child.signalCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    this.child.ref(); // unreferenced while idle (see the constructor)
    this.child.stdin!.end();
    return ended;
  }
}
