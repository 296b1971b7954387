import { ENGINE_OPTIONS, type OptionSpec, type OptionsOf } from '../index.js';
/** A mistake on the command line: printed with a pointer to --help, exit 2. */
export declare class UsageError extends Error {
}
type EngineOption = (typeof ENGINE_OPTIONS)[number];
/** The engine's entries for `keys`, in that order, with their literal types (so the options type follows). */
export declare function byKey<K extends EngineOption['key']>(...keys: K[]): Extract<EngineOption, {
    key: K;
}>[];
/** The main command: output options of the CLI's own, then the engine's options that take a flag. */
export declare const MAIN_OPTIONS: readonly [...({
    readonly key: 'write';
    readonly type: 'boolean';
    readonly short: 'w';
    readonly group: 'Output';
    readonly describe: 'Rewrite files in place (atomically)';
    readonly api: true;
    readonly cli: true;
} | {
    readonly key: 'diff';
    readonly type: 'boolean';
    readonly group: 'Output';
    readonly describe: 'Print a unified diff per changed file (default unless --write)';
    readonly api: true;
    readonly cli: true;
} | {
    readonly key: 'unsafe';
    readonly type: 'boolean';
    readonly negatable: true;
    readonly group: 'Transforms';
    readonly describe: 'Also apply fixes that may change what gets installed';
    readonly api: true;
    readonly config: true;
    readonly cli: true;
} | {
    readonly key: 'merge';
    readonly type: 'choice';
    readonly choices: readonly ["manager", "all"];
    readonly value: 'manager|all';
    readonly group: 'Transforms';
    readonly describe: 'Which adjacent RUNs merge (default: manager)';
    readonly api: true;
    readonly config: true;
    readonly cli: true;
} | {
    readonly key: 'allStages';
    readonly type: 'boolean';
    readonly negatable: true;
    readonly group: 'Transforms';
    readonly describe: 'Also rewrite build stages whose filesystem never ships';
    readonly api: true;
    readonly config: true;
    readonly cli: true;
} | {
    readonly key: 'only';
    readonly type: 'list';
    readonly value: 'ids';
    readonly group: 'Transforms';
    readonly describe: 'Run only these transforms (comma-separated)';
    readonly api: true;
    readonly config: true;
    readonly cli: true;
} | {
    readonly key: 'disable';
    readonly type: 'list';
    readonly value: 'ids';
    readonly group: 'Transforms';
    readonly describe: 'Do not run these transforms';
    readonly api: true;
    readonly config: true;
    readonly cli: true;
} | {
    readonly key: 'transforms';
    readonly flag: 'transform';
    readonly short: 't';
    readonly type: 'paths';
    readonly value: 'file';
    readonly group: 'Transforms';
    readonly describe: 'Load a custom transform module (repeatable)';
    readonly api: true;
    readonly cli: true;
} | {
    readonly key: 'ignorePath';
    readonly type: 'paths';
    readonly value: 'file';
    readonly group: 'Files';
    readonly describe: 'Ignore file, .gitignore syntax (default: .dockerfile-squashignore)';
    readonly api: true;
    readonly config: true;
    readonly cli: true;
} | {
    readonly key: 'config';
    readonly type: 'config';
    readonly value: 'file';
    readonly negatable: true;
    readonly group: 'Files';
    readonly describe: 'Use this config file instead of searching (--no-config: none)';
    readonly api: true;
    readonly cli: true;
} | {
    readonly key: 'errorOnUnmatchedPattern';
    readonly type: 'boolean';
    readonly negatable: true;
    readonly group: 'Files';
    readonly describe: 'A directory or glob with no Dockerfile is an error (default)';
    readonly api: true;
    readonly cli: true;
} | {
    readonly key: 'jobs';
    readonly type: 'count';
    readonly short: 'j';
    readonly value: 'n';
    readonly group: 'Other';
    readonly describe: 'Threads, this one included (default: automatic)';
    readonly api: true;
    readonly cli: true;
} | {
    readonly key: 'check';
    readonly type: 'boolean';
    readonly short: 'c';
    readonly group: 'Output';
    readonly describe: 'List files that would change; exit 1 if any';
    readonly cli: true;
    readonly choices?: undefined;
    readonly negatable?: undefined;
    readonly optionalValue?: undefined;
    readonly value?: undefined;
} | {
    readonly key: 'listDifferent';
    readonly type: 'boolean';
    readonly short: 'l';
    readonly group: 'Output';
    readonly describe: 'Print only the paths of files that would change';
    readonly cli: true;
    readonly choices?: undefined;
    readonly negatable?: undefined;
    readonly optionalValue?: undefined;
    readonly value?: undefined;
} | {
    readonly key: 'format';
    readonly type: 'choice';
    readonly short: 'f';
    readonly choices: readonly ["text", "json", "sarif"];
    readonly value: 'text|json|sarif';
    readonly group: 'Output';
    readonly describe: 'Report format (default: text)';
    readonly cli: true;
    readonly negatable?: undefined;
    readonly optionalValue?: undefined;
} | {
    readonly choices?: undefined;
    readonly key: 'quiet';
    readonly type: 'boolean';
    readonly short: 'q';
    readonly group: 'Output';
    readonly describe: 'Only print errors';
    readonly cli: true;
    readonly negatable?: undefined;
    readonly optionalValue?: undefined;
    readonly value?: undefined;
} | {
    readonly choices?: undefined;
    readonly short?: undefined;
    readonly key: 'color';
    readonly type: 'boolean';
    readonly negatable: true;
    readonly group: 'Output';
    readonly describe: 'Colours (default: on a terminal; FORCE_COLOR, NO_COLOR)';
    readonly cli: true;
    readonly optionalValue?: undefined;
    readonly value?: undefined;
} | {
    readonly choices?: undefined;
    readonly short?: undefined;
    readonly negatable?: undefined;
    readonly key: 'explain';
    readonly type: 'string';
    readonly value: 'id';
    readonly optionalValue: true;
    readonly group: 'Transforms';
    readonly describe: 'Explain a transform (no id: list them)';
    readonly cli: true;
} | {
    readonly choices?: undefined;
    readonly short?: undefined;
    readonly negatable?: undefined;
    readonly optionalValue?: undefined;
    readonly key: 'stdinFilepath';
    readonly type: 'string';
    readonly value: 'path';
    readonly group: 'Files';
    readonly describe: 'Read stdin as if it were this file; print the result';
    readonly cli: true;
})[], {
    readonly key: 'help';
    readonly type: 'boolean';
    readonly short: 'h';
    readonly group: 'Other';
    readonly describe: 'Show this help';
    readonly cli: true;
}, {
    readonly key: 'version';
    readonly type: 'boolean';
    readonly short: 'v';
    readonly group: 'Other';
    readonly describe: 'Show the version';
    readonly cli: true;
}];
export type MainOptions = OptionsOf<typeof MAIN_OPTIONS, 'cli'>;
export interface Parsed<T> {
    options: T;
    positionals: string[];
}
/** Parses `argv` against `table`; a mistake throws a UsageError that says what is wrong. */
export declare function parseCommandLine<T>(argv: readonly string[], table: readonly OptionSpec[]): Parsed<T>;
export interface HelpPage {
    usage: string;
    description: string[];
    options: readonly OptionSpec[];
    commands?: [string, string][];
    examples?: [string, string][];
}
/** A help page: options grouped under their headings, in table order. */
export declare function helpText(page: HelpPage): string;
export declare const MAIN_HELP: HelpPage;
export {};
