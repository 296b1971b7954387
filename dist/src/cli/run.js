/**
 * The CLI as a function of (argv, io) → exit code, so tests run it in-process and the process entry stays
 * small. A thin shell over the public API (src/index.ts): it parses arguments, calls squashFiles / squashText,
 * and prints. Exit codes come from one table (exit-codes.ts).
 */
import { allTransforms, internalErrorMessage, SquashError, squashFiles, squashText, summarise, } from '../index.js';
import { MAIN_HELP, MAIN_OPTIONS, parseCommandLine, helpText, UsageError } from './args.js';
import { EXIT_CODES, EXIT_OK, exitCodeOf } from './exit-codes.js';
import { colorDiff, colorsFor, count, jsonReport, summaryText, wantsColor } from './report.js';
import { ProgressBar, wantsProgress } from './progress.js';
export async function runCli(argv, io, version = '0.0.0') {
    const command = argv[0] === 'measure' ? 'dockerfile-squash measure' : 'dockerfile-squash';
    try {
        if (argv[0] === 'measure')
            return await (await import('./measure.js')).runMeasureCommand(argv.slice(1), io, version);
        return await runMain(argv, io, version);
    }
    catch (error) {
        if (error instanceof UsageError) {
            io.stderr(`${command}: ${error.message}\nRun with --help for usage.\n`);
            return EXIT_CODES.usage;
        }
        if (error instanceof SquashError && error.kind !== 'internal') {
            io.stderr(`${command}: ${error.message}\n`);
            return EXIT_CODES[error.kind];
        }
        io.stderr(`${command}: ${internalErrorMessage(error)}\n`);
        if (io.env['DEBUG'])
            io.stderr(`${error?.stack ?? String(error)}\n`);
        return EXIT_CODES.internal;
    }
}
async function runMain(argv, io, version) {
    const { options, positionals } = parseCommandLine(argv, MAIN_OPTIONS);
    if (options.help) {
        io.stdout(helpText(MAIN_HELP));
        return EXIT_OK;
    }
    if (options.version) {
        io.stdout(version + '\n');
        return EXIT_OK;
    }
    checkCombinations(options, positionals);
    const transforms = await allTransforms(options.transforms ?? [], io.cwd);
    if (options.explain !== undefined)
        return explain(options.explain, transforms, io);
    const stdin = options.stdinFilepath !== undefined || positionals[0] === '-';
    return stdin ? runStdin(options, transforms, io, version) : runBatch(options, positionals, transforms, io, version);
}
function checkCombinations(options, positionals) {
    if (positionals.includes('-') && positionals.length > 1)
        throw new UsageError(`'-' reads the Dockerfile from stdin; it cannot be combined with other paths`);
    if (options.stdinFilepath !== undefined && positionals.some((p) => p !== '-'))
        throw new UsageError('--stdin-filepath reads the Dockerfile from stdin; it cannot be combined with paths');
    if (options.listDifferent && options.format !== undefined && options.format !== 'text')
        throw new UsageError('--list-different prints paths; drop --format');
}
/** The options squashFiles and squashText take, as given on the command line. */
function engineOptions(options, io) {
    return {
        cwd: io.cwd,
        unsafe: options.unsafe,
        merge: options.merge,
        allStages: options.allStages,
        only: options.only,
        disable: options.disable,
        transforms: options.transforms,
        ignorePath: options.ignorePath,
        config: options.config,
    };
}
async function runBatch(options, positionals, transforms, io, version) {
    const format = options.format ?? 'text';
    const write = options.write === true;
    const check = options.check === true;
    const listDifferent = options.listDifferent === true;
    const quiet = options.quiet === true;
    const out = wantsColor(options.color, io.env, io.stdoutIsTTY);
    const err = wantsColor(options.color, io.env, io.stderrIsTTY === true);
    const [outColors, errColors] = [colorsFor(out), colorsFor(err)];
    const printsDiffs = format === 'text' && !check && !listDifferent && (!write || options.diff === true);
    // json and sarif write nothing to stderr but errors: no bar, no summary.
    const bar = format === 'text' && wantsProgress(io.env, io.stderrIsTTY === true, quiet)
        ? new ProgressBar({ write: io.stderr, columns: io.columns ?? 80 })
        : null;
    // Anything printed while the bar is up starts on a clean line; the bar redraws on the next update.
    const stdout = (s) => (bar?.clear(), io.stdout(s));
    const stderr = (s) => (bar?.clear(), io.stderr(s));
    const errors = [];
    let changed = false;
    const { files, summary } = await squashFiles(positionals, {
        ...engineOptions(options, io),
        write,
        diff: printsDiffs || format === 'json',
        jobs: options.jobs,
        errorOnUnmatchedPattern: options.errorOnUnmatchedPattern,
        text: false,
        replacements: format === 'sarif',
        // Text output streams: each result is printed, counted and dropped. JSON and SARIF need them all at the end.
        retain: format !== 'text',
        onResult: (r) => {
            if (r.status === 'error')
                errors.push(r.kind ?? 'internal');
            changed ||= r.status === 'changed';
            if (format === 'text')
                printResult(r, { ...options, printsDiffs }, stdout, stderr, outColors, errColors);
        },
        onProgress: bar || io.onProgress
            ? (done, total) => {
                bar?.update(done, total);
                io.onProgress?.(done, total);
            }
            : undefined,
    });
    bar?.clear();
    if (format === 'json')
        io.stdout(jsonReport(files, summary));
    else if (format === 'sarif') {
        const { sarifReport } = await import('./sarif.js');
        io.stdout(sarifReport(files, { version, transforms, cwd: io.cwd }));
    }
    if (format !== 'text')
        for (const r of files)
            if (r.status === 'error')
                printError(r, io.stderr, errColors);
    if (format === 'text' && !quiet && !listDifferent) {
        const width = io.stderrIsTTY ? io.columns : undefined;
        io.stderr(summaryText(summary, { write, colors: errColors, width }) + '\n');
    }
    return exitCodeOf(errors, changed, (check || listDifferent) && !write);
}
function printError(r, stderr, c) {
    stderr(c.red(`${r.path}: ${r.message}`) + '\n');
}
function printResult(r, options, stdout, stderr, outColors, errColors) {
    if (r.status === 'error')
        return printError(r, stderr, errColors);
    if (r.status !== 'changed')
        return;
    if (options.listDifferent)
        stdout(r.path + '\n');
    else if (options.check) {
        if (!options.quiet)
            stdout(`${r.path}${options.write ? ' (written)' : ''}\n`);
    }
    else if (options.printsDiffs && r.diff !== undefined) {
        if (!options.quiet || options.diff)
            stdout(colorDiff(r.diff, outColors));
    }
    else if (options.write && !options.quiet)
        stdout(`${r.path}: ${count(r.fixes.length, 'fix', 'fixes')} written\n`);
}
async function runStdin(options, transforms, io, version) {
    const format = options.format ?? 'text';
    const c = colorsFor(wantsColor(options.color, io.env, io.stdoutIsTTY));
    const result = await squashText(await io.readStdin(), {
        ...engineOptions(options, io),
        filepath: options.stdinFilepath,
        diff: options.diff === true || format === 'json',
        replacements: format === 'sarif',
    });
    const path = result.path;
    if (result.status === 'error') {
        printError(result, io.stderr, colorsFor(wantsColor(options.color, io.env, io.stderrIsTTY === true)));
        return EXIT_CODES[result.kind ?? 'internal'];
    }
    if (options.check || options.listDifferent) {
        if (result.status === 'changed')
            io.stdout(path + '\n');
    }
    else if (format === 'json')
        io.stdout(jsonReport([result], summarise([result])));
    else if (format === 'sarif') {
        const { sarifReport } = await import('./sarif.js');
        io.stdout(sarifReport([result], { version, transforms, cwd: io.cwd }));
    }
    else if (options.diff) {
        if (result.diff !== undefined)
            io.stdout(colorDiff(result.diff, c));
    }
    else
        io.stdout(result.output ?? '');
    return exitCodeOf([], result.status === 'changed', options.check === true || options.listDifferent === true);
}
function explain(id, transforms, io) {
    if (id === '') {
        const width = Math.max(...transforms.map((t) => t.id.length)) + 2;
        for (const t of transforms)
            io.stdout(`${t.id.padEnd(width)}${t.applicability.padEnd(8)}${t.description}\n`);
        io.stdout(`\nRun --explain <id> for one of them.\n`);
        return EXIT_OK;
    }
    const transform = transforms.find((t) => t.id === id);
    if (!transform) {
        throw new UsageError(`unknown transform '${id}' (known: ${transforms.map((t) => t.id).join(', ')})`);
    }
    io.stdout(`${transform.id} (${transform.applicability})\n${transform.description}\n\n${transform.explain ?? ''}\n`);
    return EXIT_OK;
}
