/** The command line, declared once: yargs parses it and `--help` documents it. */
import yargs from 'yargs';

export interface CliOptions {
  paths: string[];
  write: boolean;
  check: boolean;
  listDifferent: boolean;
  diff: boolean;
  format: 'text' | 'json';
  quiet: boolean;
  color: boolean | undefined;
  unsafe: boolean;
  merge: 'manager' | 'all';
  allStages: boolean;
  only: string[];
  disable: string[];
  stdinFilepath: string | undefined;
  ignorePath: string[];
  explain: string | undefined;
}

export class UsageError extends Error {}

const list = (values: unknown): string[] =>
  ((values as string[] | undefined) ?? [])
    .flatMap((v) => String(v).split(','))
    .map((v) => v.trim())
    .filter(Boolean);

export async function parseArgs(argv: string[], version: string): Promise<CliOptions | { output: string }> {
  let helpOutput: string | null = null;
  const parser = yargs(argv)
    .scriptName('dockerfile-squash')
    .usage(
      '$0 [paths..]\n\nMerge package-manager RUNs and add their clean-up to the same layer.\nPrints a diff by default; --write rewrites the files.',
    )
    .option('write', { alias: 'w', type: 'boolean', default: false, describe: 'Rewrite files in place (atomically)' })
    .option('check', {
      alias: 'c',
      type: 'boolean',
      default: false,
      describe: 'List files that would change; exit 1 if any',
    })
    .option('list-different', {
      alias: 'l',
      type: 'boolean',
      default: false,
      describe: 'Print only the paths of files that would change',
    })
    .option('diff', { type: 'boolean', default: false, describe: 'Print a unified diff per file (the default)' })
    .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Report format' })
    .option('quiet', { alias: 'q', type: 'boolean', default: false, describe: 'Only print errors' })
    .option('color', { type: 'boolean', describe: 'Force colours on or off (default: on a TTY, off with NO_COLOR)' })
    .option('unsafe', {
      type: 'boolean',
      default: false,
      describe: 'Also apply fixes that may change what gets installed',
    })
    .option('merge', {
      choices: ['manager', 'all'] as const,
      default: 'manager' as const,
      describe: 'Which adjacent RUNs merge',
    })
    .option('all-stages', { type: 'boolean', default: false, describe: 'Add teardowns in stages that never ship too' })
    .option('only', { type: 'string', array: true, describe: 'Run only these transforms (comma-separated ids)' })
    .option('disable', { type: 'string', array: true, describe: 'Do not run these transforms' })
    .option('stdin-filepath', {
      type: 'string',
      describe: 'Read stdin, print the result; the path names it in messages',
    })
    .option('ignore-path', { type: 'string', array: true, describe: 'Extra ignore files (.gitignore syntax)' })
    .option('explain', { type: 'string', describe: 'Explain a transform: what it does, why, when it is safe' })
    .example('$0', 'Preview changes for every Dockerfile under the current directory')
    .example('$0 --write', 'Rewrite them')
    .example('$0 --check services/', 'CI: exit 1 when a file would change')
    .example('cat Dockerfile | $0 -', 'Filter stdin to stdout')
    .strictOptions()
    .version(version)
    .help()
    .exitProcess(false)
    .fail((message, error) => {
      throw new UsageError(message ?? error?.message ?? 'invalid arguments');
    });
  const parsed = await parser.parseAsync(argv, {}, (_err, _argv, output) => {
    if (output) helpOutput = output;
  });
  if (helpOutput !== null) return { output: helpOutput };
  return {
    paths: parsed._.map(String),
    write: parsed.write,
    check: parsed.check,
    listDifferent: parsed['list-different'],
    diff: parsed.diff,
    format: parsed.format,
    quiet: parsed.quiet,
    color: parsed.color,
    unsafe: parsed.unsafe,
    merge: parsed.merge,
    allStages: parsed['all-stages'],
    only: list(parsed.only),
    disable: list(parsed.disable),
    stdinFilepath: parsed['stdin-filepath'],
    ignorePath: list(parsed['ignore-path']),
    explain: parsed.explain,
  };
}
