/**
 * The command line, declared as tables: the engine's options (ENGINE_OPTIONS: what squashFiles and config files
 * take) plus the CLI's own output options, in the same shape. One parser (node:util parseArgs) and one help
 * printer serve every command, `measure` included.
 *
 * No CLI framework: yargs alone cost ~85 ms of start-up, a third of a one-file run (see README, "Speed").
 */
import { parseArgs as nodeParseArgs } from 'node:util';
import { ENGINE_OPTIONS, flagOf, splitList, type OptionSpec, type OptionsOf } from '../index.js';

/** A mistake on the command line: printed with a pointer to --help, exit 2. */
export class UsageError extends Error {}

type EngineOption = (typeof ENGINE_OPTIONS)[number];

/** The engine's entries for `keys`, in that order, with their literal types (so the options type follows). */
export function byKey<K extends EngineOption['key']>(...keys: K[]): Extract<EngineOption, { key: K }>[] {
  return keys.map((key) => ENGINE_OPTIONS.find((o) => o.key === key) as Extract<EngineOption, { key: K }>);
}

/** The main command: output options of the CLI's own, then the engine's options that take a flag. */
export const MAIN_OPTIONS = [
  ...byKey('write'),
  {
    key: 'check',
    type: 'boolean',
    short: 'c',
    group: 'Output',
    describe: 'List files that would change; exit 1 if any',
    cli: true,
  },
  {
    key: 'listDifferent',
    type: 'boolean',
    short: 'l',
    group: 'Output',
    describe: 'Print only the paths of files that would change',
    cli: true,
  },
  ...byKey('diff'),
  {
    key: 'format',
    type: 'choice',
    short: 'f',
    choices: ['text', 'json', 'sarif'],
    value: 'text|json|sarif',
    group: 'Output',
    describe: 'Report format (default: text)',
    cli: true,
  },
  { key: 'quiet', type: 'boolean', short: 'q', group: 'Output', describe: 'Only print errors', cli: true },
  {
    key: 'color',
    type: 'boolean',
    negatable: true,
    group: 'Output',
    describe: 'Colours (default: on a terminal; FORCE_COLOR, NO_COLOR)',
    cli: true,
  },
  ...byKey('unsafe', 'merge', 'allStages', 'only', 'disable', 'transforms'),
  {
    key: 'explain',
    type: 'string',
    value: 'id',
    optionalValue: true,
    group: 'Transforms',
    describe: 'Explain a transform (no id: list them)',
    cli: true,
  },
  ...byKey('ignorePath', 'config', 'errorOnUnmatchedPattern'),
  {
    key: 'stdinFilepath',
    type: 'string',
    value: 'path',
    group: 'Files',
    describe: 'Read stdin as if it were this file; print the result',
    cli: true,
  },
  ...byKey('jobs'),
  { key: 'help', type: 'boolean', short: 'h', group: 'Other', describe: 'Show this help', cli: true },
  { key: 'version', type: 'boolean', short: 'v', group: 'Other', describe: 'Show the version', cli: true },
] as const satisfies readonly OptionSpec[];

export type MainOptions = OptionsOf<typeof MAIN_OPTIONS, 'cli'>;

export interface Parsed<T> {
  options: T;
  positionals: string[];
}

/** Parses `argv` against `table`; a mistake throws a UsageError that says what is wrong. */
export function parseCommandLine<T>(argv: readonly string[], table: readonly OptionSpec[]): Parsed<T> {
  const config: Record<string, { type: 'boolean' | 'string'; short?: string; multiple?: boolean }> = {};
  const specOf = new Map<string, OptionSpec>();
  for (const o of table) {
    if (o.cli === false) continue;
    const flag = flagOf(o);
    specOf.set(flag, o);
    config[flag] = {
      type: o.type === 'boolean' ? 'boolean' : 'string',
      ...(o.short ? { short: o.short } : {}),
      ...(o.type === 'list' || o.type === 'paths' || o.type === 'strings' ? { multiple: true } : {}),
    };
  }
  const args: string[] = [];
  const negated = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    const negation = /^--no-(.+)$/.exec(arg);
    if (negation && specOf.has(negation[1]!)) {
      if (!specOf.get(negation[1]!)!.negatable) throw new UsageError(`unknown option '${arg}'`);
      negated.add(negation[1]!);
      continue;
    }
    const spec = arg.startsWith('--') ? specOf.get(arg.slice(2)) : undefined;
    // `--explain` alone (last, or followed by another option) means "no value".
    if (spec?.optionalValue && (i + 1 >= argv.length || argv[i + 1]!.startsWith('-'))) args.push(`${arg}=`);
    else args.push(arg);
  }
  let values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = nodeParseArgs({ args, options: config, allowPositionals: true, strict: true }));
  } catch (error) {
    throw new UsageError(lowerFirst((error as Error).message.replace(/\. To specify a positional argument.*$/s, '')));
  }
  const options: Record<string, unknown> = {};
  for (const [flag, spec] of specOf) {
    if (negated.has(flag)) {
      if (values[flag] !== undefined) throw new UsageError(`--${flag} and --no-${flag} conflict`);
      options[spec.key] = false;
      continue;
    }
    const raw = values[flag];
    if (raw === undefined) continue;
    options[spec.key] = convert(spec, flag, raw);
  }
  return { options: options as T, positionals };
}

function convert(spec: OptionSpec, flag: string, raw: string | boolean | (string | boolean)[]): unknown {
  switch (spec.type) {
    case 'boolean':
      return raw;
    case 'choice':
      if (!spec.choices!.includes(raw as string))
        throw new UsageError(`invalid value '${raw}' for --${flag} (choose from ${spec.choices!.join(', ')})`);
      return raw;
    case 'list':
    case 'paths':
      return splitList(raw as string[]);
    case 'strings':
      return raw;
    case 'count': {
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${flag} must be a whole number ≥ 1, got '${raw}'`);
      return n;
    }
    default:
      return raw;
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

export interface HelpPage {
  usage: string;
  description: string[];
  options: readonly OptionSpec[];
  commands?: [string, string][];
  examples?: [string, string][];
}

/** A help page: options grouped under their headings, in table order. */
export function helpText(page: HelpPage): string {
  const left = (o: OptionSpec) => {
    const flag = flagOf(o);
    const name = o.negatable && o.type === 'boolean' ? `--[no-]${flag}` : `--${flag}`;
    const value = o.value ? (o.optionalValue ? ` [${o.value}]` : ` <${o.value}>`) : '';
    return `${o.short ? `-${o.short}, ` : '    '}${name}${value}`;
  };
  const shown = page.options.filter((o) => o.cli !== false);
  const section = (rows: [string, string][]) => {
    const width = Math.max(...rows.map(([l]) => l.length)) + 2;
    return rows.map(([l, r]) => `  ${l.padEnd(width)}${r}`);
  };
  const lines = [`Usage: ${page.usage}`, '', ...page.description];
  if (page.commands?.length) lines.push('', 'Commands:', ...section(page.commands));
  const optionRows = section(shown.map((o) => [left(o), o.describe]));
  for (const group of [...new Set(shown.map((o) => o.group))]) {
    lines.push('', `${group}:`, ...optionRows.filter((_, i) => shown[i]!.group === group));
  }
  if (page.examples?.length) lines.push('', 'Examples:', ...section(page.examples));
  return lines.join('\n') + '\n';
}

export const MAIN_HELP: HelpPage = {
  usage: 'dockerfile-squash [options] [paths or globs..]\n       dockerfile-squash measure <Dockerfile> [options]',
  description: [
    'Merge package-manager RUNs and add their clean-up to the same layer.',
    'Prints a diff by default; --write rewrites the files. Exit: 0 ok, 1 --check/-l found changes, 2 error.',
  ],
  options: MAIN_OPTIONS,
  commands: [['measure <Dockerfile>', 'Build it and its rewrite with Docker; report the bytes saved (measure -h)']],
  examples: [
    ['dockerfile-squash', 'Preview changes for every Dockerfile under the current directory'],
    ['dockerfile-squash --write', 'Rewrite them'],
    ['dockerfile-squash --check services/', 'CI: exit 1 when a file would change'],
    ['dockerfile-squash --check -f sarif > results.sarif', 'GitHub code scanning'],
    ["dockerfile-squash 'apps/*/Dockerfile'", 'Globs are expanded by the tool (quote them)'],
    ['cat Dockerfile | dockerfile-squash -', 'Filter stdin to stdout'],
  ],
};
