#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
/**
 * Keep the tree-sitter grammar's WASM on V8's baseline compiler (Liftoff). By default V8 also tiers its huge
 * lexer function up to TurboFan in the background, which costs ~0.5 s of CPU per process, holds process exit
 * until it ends (tripling a one-file run) and adds ~50 MB per worker thread, for no measurable gain: over 500
 * files the parse took the same CPU time either way (bench/monorepo). V8 flags are process-wide, so the process
 * entry sets it before anything compiles; the library never does.
 */
setFlagsFromString('--liftoff-only');
/**
 * Collect the JavaScript heap when it has grown by half its live size, instead of V8's dynamic factor (up to 4×
 * for a thread that allocates fast). A batch allocates fast and keeps little: with the default, a thread's heap
 * filled with up to 120 MB of garbage between full collections while ~20 MB was live. A full collection of such a
 * small heap takes milliseconds, so the CPU time stays the same (bench/monorepo, 10,000 files: peak RSS 255 →
 * 198 MB). Process-wide, so the worker threads follow it too.
 */
setFlagsFromString('--heap-growing-percent=50');
/**
 * Start without TurboFan: a short run spends more CPU compiling its hot functions than the optimised code saves.
 * A batch of enough files turns it back on before its first file (turbofan.ts); worker threads follow the flag.
 */
setFlagsFromString('--no-turbofan');
const { runCli } = await import('./run.js');
const { turbofanWhenItPays } = await import('./turbofan.js');
const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
// `dockerfile-squash | head` closes our stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE')
        process.exit(process.exitCode ?? 0);
    throw error;
});
process.exitCode = await runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin: async () => (await import('node:stream/consumers')).text(process.stdin),
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stderr.columns,
    onProgress: turbofanWhenItPays(() => setFlagsFromString('--turbofan')),
}, version);
