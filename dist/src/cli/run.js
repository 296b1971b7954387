/**
 * The CLI as a function of (argv, io) → exit code, so tests can run it in-process and the real process
 * entry stays one line. Exit codes: 0 fine, 1 --check/-l found changes, 2 usage or any per-file error.
 */
import { dirname, resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { selectTransforms } from '../engine/squash.js';
import { TRANSFORMS } from '../../transforms/index.js';
import { checkConfigIds, planFiles, fileOptions, runBatch, PlanError } from '../engine/batch.js';
import { parseArgs, UsageError } from './args.js';
import { ConfigError, ConfigResolver } from '../engine/config.js';
import { loadTransforms } from '../engine/custom-transforms.js';
import { HadolintConfigs } from '../engine/hadolint-config.js';
import { DirIndex } from '../engine/dir-index.js';
import { processText } from '../engine/process-file.js';
import { colorDiff, colorsFor, jsonReport, summaryLine } from './report.js';
import { addToSummary, emptySummary } from '../engine/summary.js';
import { ProgressBar, wantsProgress } from './progress.js';
export async function runCli(argv, io, version = '0.0.0') {
    if (argv[0] === 'measure') {
        const { runMeasureCommand } = await import('./measure.js');
        return runMeasureCommand(argv.slice(1), io, version);
    }
    preferLiftoff();
    let options;
    let custom;
    let transformPaths;
    try {
        const parsed = parseArgs(argv, version);
        if ('output' in parsed) {
            io.stdout(parsed.output + '\n');
            return 0;
        }
        options = parsed;
        transformPaths = options.transform.map((t) => resolve(io.cwd, t));
        custom = await loadTransforms(options.transform, io.cwd);
        const builtIn = new Set(TRANSFORMS.map((t) => t.id));
        const clash = custom.find((t, i) => builtIn.has(t.id) || custom.findIndex((u) => u.id === t.id) !== i);
        if (clash)
            throw new UsageError(`--transform: id '${clash.id}' is already taken`);
        if (options.explain !== undefined)
            return explain(options.explain, [...TRANSFORMS, ...custom], io);
        selectTransforms({ only: options.only, disable: options.disable, transforms: custom });
    }
    catch (error) {
        io.stderr(`dockerfile-squash: ${error.message}\nRun with --help for usage.\n`);
        return 2;
    }
    const c = colorsFor(options.color ?? (io.stdoutIsTTY && !io.env['NO_COLOR'] && io.env['TERM'] !== 'dumb'));
    const overrides = {
        unsafe: options.unsafe,
        merge: options.merge,
        allStages: options.allStages,
        only: options.only,
        disable: options.disable,
    };
    const settings = {
        cwd: io.cwd,
        ignorePaths: options.ignorePath ?? [],
        overrides,
        transforms: transformPaths,
        config: options.config ? (options.configPath ? resolve(io.cwd, options.configPath) : true) : false,
        knownIds: new Set([...TRANSFORMS, ...custom].map((t) => t.id)),
    };
    if (options.stdinFilepath !== undefined || (options.paths.length === 1 && options.paths[0] === '-')) {
        return runStdin(options, settings, io, c, version, [...TRANSFORMS, ...custom]);
    }
    let plan;
    try {
        plan = await planFiles(options.paths.length > 0 ? options.paths : ['.'], settings);
    }
    catch (error) {
        if (!(error instanceof ConfigError || error instanceof PlanError))
            throw error;
        io.stderr(`dockerfile-squash: ${error.message}\n`);
        return 2;
    }
    for (const e of plan.operandErrors)
        io.stderr(c.red(`${e.path}: ${e.message}`) + '\n');
    const printsDiffs = options.format === 'text' && !options.check && !options.listDifferent && !options.write;
    const wants = {
        text: false,
        diff: printsDiffs || options.format === 'json',
        replacements: options.format === 'sarif',
    };
    const bar = wantsProgress(io.env, io.stderrIsTTY === true, options.quiet)
        ? new ProgressBar({ write: io.stderr, columns: io.columns ?? 80 })
        : null;
    // Anything printed while the bar is up starts on a clean line; the bar redraws on the next update.
    const out = (s) => (bar?.clear(), io.stdout(s));
    const err = (s) => (bar?.clear(), io.stderr(s));
    // Text output streams: each result is printed, counted and dropped. JSON and SARIF need them all at the end.
    const summary = emptySummary();
    let changed = false;
    const results = await runBatch(plan.tasks, {
        write: options.write,
        wants,
        jobs: options.jobs,
        retain: options.format !== 'text',
        onResult: (r) => {
            addToSummary(summary, r);
            changed ||= r.status === 'changed';
            if (options.format === 'text')
                reportFile(r, options, out, err, c);
        },
        onProgress: bar ? (done, total) => bar.update(done, total) : undefined,
    });
    bar?.clear();
    if (options.format === 'json')
        io.stdout(jsonReport(results));
    else if (options.format === 'sarif') {
        const { sarifReport } = await import('./sarif.js');
        io.stdout(sarifReport(results, { version, transforms: [...TRANSFORMS, ...custom], cwd: io.cwd }));
    }
    if (options.format !== 'text')
        for (const r of results)
            if (r.status === 'error')
                err(c.red(`${r.path}: ${r.message}`) + '\n');
    if (!options.quiet && !options.listDifferent)
        io.stderr(summaryLine(summary, options.write, c) + '\n');
    if (plan.operandErrors.length > 0 || summary.errors > 0)
        return 2;
    return (options.check || options.listDifferent) && !options.write && changed ? 1 : 0;
}
/**
 * Keep the tree-sitter grammar's WASM on V8's baseline compiler (Liftoff). By default V8 also tiers its huge
 * lexer function up to TurboFan in the background, which costs ~0.5 s of CPU per process, holds process exit
 * until it ends (tripling a one-file run) and adds ~50 MB per worker thread, for no measurable gain: over 500
 * files the parse took the same CPU time either way (bench/monorepo). V8 flags are process-wide, so this is
 * set by the CLI before anything compiles, and never by the library API.
 */
function preferLiftoff() {
    setFlagsFromString('--liftoff-only');
}
function reportFile(result, options, out, err, c) {
    if (result.status === 'error') {
        err(c.red(`${result.path}: ${result.message}`) + '\n');
        return;
    }
    if (result.status !== 'changed')
        return;
    if (options.listDifferent)
        out(result.path + '\n');
    else if (options.check) {
        if (!options.quiet)
            out(`${result.path}${options.write ? ' (written)' : ''}\n`);
    }
    else if (options.write) {
        if (!options.quiet)
            out(`${result.path}: ${result.fixes.length} fix${result.fixes.length === 1 ? '' : 'es'} written\n`);
    }
    else if ((!options.quiet || options.diff) && result.diff !== undefined)
        out(colorDiff(result.diff, c));
}
async function runStdin(options, settings, io, c, version, transforms) {
    const path = options.stdinFilepath ?? '<stdin>';
    let request;
    try {
        // Config files are resolved as they would be for a file at that path.
        const resolver = settings.config === false
            ? null
            : new ConfigResolver(typeof settings.config === 'string' ? settings.config : undefined);
        const found = resolver ? await resolver.forFile(resolve(io.cwd, options.stdinFilepath ?? 'Dockerfile')) : null;
        if (found)
            checkConfigIds(found, settings.knownIds);
        const at = dirname(resolve(io.cwd, options.stdinFilepath ?? 'Dockerfile'));
        const ignoredRules = settings.config === false ? [] : await new HadolintConfigs(new DirIndex()).ignoredIn(at);
        request = fileOptions(found?.config ?? {}, settings, ignoredRules);
    }
    catch (error) {
        io.stderr(`dockerfile-squash: ${error.message}\n`);
        return 2;
    }
    const { initShellParser } = await import('../document/shell.js');
    await initShellParser();
    const wantsDiff = options.diff || options.format === 'json';
    const result = await processText(path, await io.readStdin(), request, {
        text: true,
        diff: wantsDiff,
        replacements: options.format === 'sarif',
    });
    if (result.status === 'error') {
        io.stderr(c.red(`${path}: ${result.message}`) + '\n');
        return 2;
    }
    if (options.check || options.listDifferent) {
        if (result.status === 'changed')
            io.stdout(path + '\n');
    }
    else if (options.format === 'json')
        io.stdout(jsonReport([result]));
    else if (options.format === 'sarif') {
        const { sarifReport } = await import('./sarif.js');
        io.stdout(sarifReport([result], { version, transforms, cwd: io.cwd }));
    }
    else if (options.diff) {
        if (result.diff !== undefined)
            io.stdout(colorDiff(result.diff, c));
    }
    else
        io.stdout(result.output ?? '');
    return exitCode([result], 0, options);
}
function exitCode(results, operandErrors, options) {
    if (operandErrors > 0 || results.some((r) => r.status === 'error'))
        return 2;
    if ((options.check || options.listDifferent) && !options.write && results.some((r) => r.status === 'changed'))
        return 1;
    return 0;
}
function explain(id, transforms, io) {
    const transform = transforms.find((t) => t.id === id);
    if (!transform) {
        io.stderr(`dockerfile-squash: unknown transform '${id}' (known: ${transforms.map((t) => t.id).join(', ')})\n`);
        return 2;
    }
    io.stdout(`${transform.id} (${transform.applicability})\n${transform.description}\n\n${transform.explain ?? ''}\n`);
    return 0;
}
