/**
 * `dockerfile-squash measure <Dockerfile>`: builds the file and its rewrite with the local Docker daemon and
 * reports what the rewrite saves. Same parser and help printer as the main command; loaded only for this
 * subcommand.
 */
import { resolve } from 'node:path';
import {
  formatMeasureReport,
  MEASURE_FORMATS,
  measure,
  MeasureError,
  type OptionSpec,
  type OptionsOf,
} from '../index.js';
import { byKey, helpText, parseCommandLine, UsageError, type HelpPage } from './args.js';
import type { CliIo } from './run.js';

const MEASURE_OPTIONS = [
  {
    key: 'context',
    type: 'string',
    value: 'dir',
    group: 'Build',
    describe: "Build context (default: the Dockerfile's directory)",
    cli: true,
  },
  {
    key: 'target',
    type: 'string',
    value: 'stage',
    group: 'Build',
    describe: 'Build this stage in both builds',
    cli: true,
  },
  {
    key: 'buildArg',
    type: 'strings',
    value: 'K=V',
    group: 'Build',
    describe: 'Passed to both builds (repeatable)',
    cli: true,
  },
  { key: 'keep', type: 'boolean', group: 'Build', describe: 'Keep both images (tagged dfsq-measure:…)', cli: true },
  {
    key: 'cache',
    type: 'boolean',
    negatable: true,
    group: 'Build',
    describe: 'Use the layer cache (default; --no-cache builds both without it)',
    cli: true,
  },
  ...byKey('unsafe', 'merge', 'allStages', 'only', 'disable'),
  {
    key: 'format',
    type: 'choice',
    short: 'f',
    choices: MEASURE_FORMATS,
    value: MEASURE_FORMATS.join('|'),
    group: 'Output',
    describe: 'Report format (default: text)',
    cli: true,
  },
  { key: 'quiet', type: 'boolean', short: 'q', group: 'Output', describe: 'No progress messages', cli: true },
  { key: 'help', type: 'boolean', short: 'h', group: 'Other', describe: 'Show this help', cli: true },
  { key: 'version', type: 'boolean', short: 'v', group: 'Other', describe: 'Show the version', cli: true },
] as const satisfies readonly OptionSpec[];

type MeasureOptions = OptionsOf<typeof MEASURE_OPTIONS, 'cli'>;

const HELP: HelpPage = {
  usage: 'dockerfile-squash measure <Dockerfile> [options]',
  description: [
    'Build the Dockerfile and its rewrite with the local Docker daemon (DOCKER_HOST applies) and report image',
    'bytes, layers, bytes per RUN layer, and the saving. The images it built are removed afterwards.',
  ],
  options: MEASURE_OPTIONS,
  examples: [
    ['dockerfile-squash measure Dockerfile -f markdown', 'A table ready to paste into a pull request'],
    [
      'dockerfile-squash measure Dockerfile -f html > report.html',
      'The layers of both images as a chart, and the tables',
    ],
    ['dockerfile-squash measure Dockerfile -f svg > layers.svg', 'The chart alone, for a README or a comment'],
  ],
};

export async function runMeasureCommand(argv: string[], io: CliIo, version: string): Promise<number> {
  const { options, positionals } = parseCommandLine<MeasureOptions>(argv, MEASURE_OPTIONS);
  if (options.help) {
    io.stdout(helpText(HELP));
    return 0;
  }
  if (options.version) {
    io.stdout(version + '\n');
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(`measure takes exactly one Dockerfile, got ${positionals.length || 'none'}`);
  try {
    const report = await measure({
      dockerfile: resolve(io.cwd, positionals[0]!),
      ...(options.context ? { context: resolve(io.cwd, options.context) } : {}),
      ...(options.target ? { target: options.target } : {}),
      buildArgs: options.buildArg ?? [],
      keep: options.keep === true,
      noCache: options.cache === false,
      squash: {
        unsafe: options.unsafe,
        merge: options.merge,
        allStages: options.allStages,
        only: options.only,
        disable: options.disable,
      },
      env: io.env,
      onProgress: options.quiet ? () => {} : (message) => io.stderr(message + '\n'),
    });
    io.stdout(formatMeasureReport(report, options.format ?? 'text'));
    return 0;
  } catch (error) {
    if (error instanceof MeasureError) {
      io.stderr(`dockerfile-squash measure: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}
