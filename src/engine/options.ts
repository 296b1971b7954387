/**
 * Every option that reaches the engine, declared once. The CLI builds its argument parser and `--help` from
 * this table (plus its own output options, same shape), config files are validated against it, and the
 * `squashFiles` options type is derived from it: a new option is one entry here.
 *
 * `key` is the camelCase name (squashFiles option, config key); the command-line flag is its kebab-case form
 * unless `flag` says otherwise. `api`, `config` and `cli` say where the option may be given.
 */
import { dirname, resolve } from 'node:path';
import { SquashError } from './errors.js';

export type OptionType =
  | 'boolean'
  /** One of `choices`. */
  | 'choice'
  /** A string. */
  | 'string'
  /** Strings; on the command line comma-separated and repeatable, in a config a list or a comma-separated string. */
  | 'list'
  /** Paths, as `list`; relative ones resolve against the config file's directory (or the working directory). */
  | 'paths'
  /** Strings, repeatable, taken as given (no comma splitting: `--build-arg A=1,2`). */
  | 'strings'
  /** A whole number of at least 1. */
  | 'count'
  /** A config file path, or false for none (`--config <file>`, `--no-config`). */
  | 'config';

export interface OptionSpec {
  readonly key: string;
  readonly type: OptionType;
  readonly choices?: readonly string[];
  /** The command-line flag when it is not the kebab-case key (`transforms` → `--transform`). */
  readonly flag?: string;
  readonly short?: string;
  /** Placeholder for the value in --help. */
  readonly value?: string;
  readonly describe: string;
  /** `--no-<flag>` turns it off (a boolean that defaults to true, or one a config may turn on). */
  readonly negatable?: boolean;
  /** Heading it is listed under in --help. */
  readonly group: string;
  /** On the command line the value may be left out (`--explain` alone); it is then ''. */
  readonly optionalValue?: boolean;
  readonly api?: boolean;
  readonly config?: boolean;
  readonly cli?: boolean;
}

export const ENGINE_OPTIONS = [
  {
    key: 'write',
    type: 'boolean',
    short: 'w',
    group: 'Output',
    describe: 'Rewrite files in place (atomically)',
    api: true,
    cli: true,
  },
  {
    key: 'diff',
    type: 'boolean',
    group: 'Output',
    describe: 'Print a unified diff per changed file (default unless --write)',
    api: true,
    cli: true,
  },
  {
    key: 'unsafe',
    type: 'boolean',
    negatable: true,
    group: 'Transforms',
    describe: 'Also apply fixes that may change what gets installed',
    api: true,
    config: true,
    cli: true,
  },
  {
    key: 'merge',
    type: 'choice',
    choices: ['manager', 'all'],
    value: 'manager|all',
    group: 'Transforms',
    describe: 'Which adjacent RUNs merge (default: manager)',
    api: true,
    config: true,
    cli: true,
  },
  {
    key: 'allStages',
    type: 'boolean',
    negatable: true,
    group: 'Transforms',
    describe: 'Also rewrite build stages whose filesystem never ships',
    api: true,
    config: true,
    cli: true,
  },
  {
    key: 'only',
    type: 'list',
    value: 'ids',
    group: 'Transforms',
    describe: 'Run only these transforms (comma-separated)',
    api: true,
    config: true,
    cli: true,
  },
  {
    key: 'disable',
    type: 'list',
    value: 'ids',
    group: 'Transforms',
    describe: 'Do not run these transforms',
    api: true,
    config: true,
    cli: true,
  },
  {
    key: 'transforms',
    flag: 'transform',
    short: 't',
    type: 'paths',
    value: 'file',
    group: 'Transforms',
    describe: 'Load a custom transform module (repeatable)',
    api: true,
    cli: true,
  },
  {
    key: 'ignorePath',
    type: 'paths',
    value: 'file',
    group: 'Files',
    describe: 'Ignore file, .gitignore syntax (default: .dockerfile-squashignore)',
    api: true,
    config: true,
    cli: true,
  },
  {
    key: 'config',
    type: 'config',
    value: 'file',
    negatable: true,
    group: 'Files',
    describe: 'Use this config file instead of searching (--no-config: none)',
    api: true,
    cli: true,
  },
  {
    key: 'errorOnUnmatchedPattern',
    type: 'boolean',
    negatable: true,
    group: 'Files',
    describe: 'A directory or glob with no Dockerfile is an error (default)',
    api: true,
    cli: true,
  },
  {
    key: 'jobs',
    type: 'count',
    short: 'j',
    value: 'n',
    group: 'Other',
    describe: 'Threads, this one included (default: automatic)',
    api: true,
    cli: true,
  },
  { key: 'cwd', type: 'string', group: 'Other', describe: 'Relative paths resolve against it', api: true },
] as const satisfies readonly OptionSpec[];

type ValueOf<S> = S extends { type: 'boolean' }
  ? boolean
  : S extends { type: 'choice'; choices: readonly (infer C)[] }
    ? C
    : S extends { type: 'list' | 'paths' | 'strings' }
      ? string[]
      : S extends { type: 'count' }
        ? number
        : S extends { type: 'config' }
          ? boolean | string
          : string;

/** The options of `table` that may be given where `W` is true, all optional. */
export type OptionsOf<Table extends readonly OptionSpec[], W extends 'api' | 'config' | 'cli'> = {
  -readonly [S in Table[number] as S extends { readonly [K in W]: true } ? S['key'] : never]?: ValueOf<S>;
};

/** What a config file may set. */
export type FileConfig = OptionsOf<typeof ENGINE_OPTIONS, 'config'>;

/** The command-line flag of an option. */
export function flagOf(spec: OptionSpec): string {
  return spec.flag ?? spec.key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Splits comma-separated lists, trims, drops empty entries. */
export function splitList(values: readonly string[]): string[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Checks a config file's contents against the table: an unknown key or a wrong type names the key and the file. */
export function validateConfig(raw: unknown, filepath: string): FileConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new SquashError('config', `${filepath}: a config must be an object of options, got ${describe(raw)}`);
  }
  const specs = (ENGINE_OPTIONS as readonly OptionSpec[]).filter((o) => o.config);
  const config: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const spec = specs.find((o) => o.key === key);
    if (!spec) {
      throw new SquashError(
        'config',
        `${filepath}: unknown key '${key}' (known: ${specs.map((o) => o.key).join(', ')})`,
      );
    }
    const wrong = (expected: string) =>
      new SquashError('config', `${filepath}: '${key}' must be ${expected}, got ${describe(value)}`);
    switch (spec.type) {
      case 'boolean':
        if (typeof value !== 'boolean') throw wrong('true or false');
        config[key] = value;
        break;
      case 'choice':
        if (!spec.choices!.includes(value as string)) throw wrong(spec.choices!.map((c) => `'${c}'`).join(' or '));
        config[key] = value;
        break;
      case 'list':
      case 'paths': {
        const items = typeof value === 'string' ? [value] : value;
        if (!Array.isArray(items) || !items.every((v) => typeof v === 'string')) throw wrong('a list of strings');
        const cleaned = splitList(items as string[]);
        config[key] = spec.type === 'paths' ? cleaned.map((p) => resolve(dirname(filepath), p)) : cleaned;
        break;
      }
      default:
        throw new Error(`option '${key}' of type '${spec.type}' cannot come from a config file`);
    }
  }
  return config as FileConfig;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'string' ? `'${value}'` : typeof value === 'object' ? 'an object' : String(value);
}
