const FORMATS = ['text', 'json', 'markdown', 'html', 'svg'];
export async function runMeasureCommand(argv, io, version) {
    const { default: yargs } = await import('yargs');
    let helpOutput = null;
    let parsed;
    try {
        parsed = await yargs(argv)
            .scriptName('dockerfile-squash measure')
            .usage('$0 <dockerfile> [options]\n\nBuild the Dockerfile and its rewrite with the local Docker daemon (DOCKER_HOST applies) and report image bytes, layers, bytes per RUN layer, and the saving. The images it built are removed afterwards.')
            .positional('dockerfile', { type: 'string', describe: 'The Dockerfile to measure' })
            .option('context', { type: 'string', describe: "Build context (default: the Dockerfile's directory)" })
            .option('target', { type: 'string', describe: 'Build this stage in both builds' })
            .option('build-arg', { type: 'string', array: true, describe: 'K=V passed to both builds (repeatable)' })
            .option('keep', { type: 'boolean', default: false, describe: 'Keep both images (tagged dfsq-measure:…)' })
            .option('cache', {
            type: 'boolean',
            default: true,
            describe: 'Use the layer cache (--no-cache: build both without it)',
        })
            .option('format', { choices: FORMATS, default: 'text', describe: 'Report format' })
            .option('unsafe', { type: 'boolean', default: false, describe: 'Rewrite with unsafe fixes too' })
            .option('merge', { choices: ['manager', 'all'], default: 'manager' })
            .option('all-stages', { type: 'boolean', default: false })
            .option('only', { type: 'string', array: true })
            .option('disable', { type: 'string', array: true })
            .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'No progress messages' })
            .demandCommand(1, 1, 'measure needs exactly one Dockerfile', 'measure takes exactly one Dockerfile')
            .example('$0 Dockerfile --format markdown', 'A table ready to paste into a pull request')
            .example('$0 Dockerfile --format html > report.html', 'The layers of both images as a chart, and the tables')
            .example('$0 Dockerfile --format svg > layers.svg', 'The chart alone, for a README or a comment')
            .strictOptions()
            .version(version)
            .help()
            .exitProcess(false)
            .fail((message, error) => {
            throw new Error(message ?? error?.message ?? 'invalid arguments');
        })
            .parseAsync(argv, {}, (_error, _argv, output) => {
            if (output)
                helpOutput = output;
        });
    }
    catch (error) {
        io.stderr(`dockerfile-squash measure: ${error.message}\nRun with --help for usage.\n`);
        return 2;
    }
    if (helpOutput !== null) {
        io.stdout(helpOutput + '\n');
        return 0;
    }
    const list = (v) => (v ?? []).flatMap((s) => String(s).split(',')).filter(Boolean);
    const { measure, formatReport, MeasureError } = await import('../measure/index.js');
    try {
        const report = await measure({
            dockerfile: String(parsed._[0]),
            ...(parsed.context ? { context: parsed.context } : {}),
            ...(parsed.target ? { target: parsed.target } : {}),
            buildArgs: list(parsed['build-arg']),
            keep: parsed.keep,
            noCache: !parsed.cache,
            squash: {
                unsafe: parsed.unsafe,
                merge: parsed.merge,
                allStages: parsed['all-stages'],
                only: list(parsed.only),
                disable: list(parsed.disable),
            },
            onProgress: parsed.quiet ? () => { } : (message) => io.stderr(message + '\n'),
        });
        io.stdout(formatReport(report, parsed.format));
        return 0;
    }
    catch (error) {
        if (error instanceof MeasureError) {
            io.stderr(`dockerfile-squash measure: ${error.message}\n`);
            return error.exitCode;
        }
        throw error;
    }
}
