export type OptionType = 'boolean'
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
export declare const ENGINE_OPTIONS: readonly [{
    readonly key: 'write';
    readonly type: 'boolean';
    readonly short: 'w';
    readonly group: 'Output';
    readonly describe: 'Rewrite files in place (atomically)';
    readonly api: true;
    readonly cli: true;
}, {
    readonly key: 'diff';
    readonly type: 'boolean';
    readonly group: 'Output';
    readonly describe: 'Print a unified diff per changed file (default unless --write)';
    readonly api: true;
    readonly cli: true;
}, {
    readonly key: 'unsafe';
    readonly type: 'boolean';
    readonly negatable: true;
    readonly group: 'Transforms';
    readonly describe: 'Also apply fixes that may change what gets installed';
    readonly api: true;
    readonly config: true;
    readonly cli: true;
}, {
    readonly key: 'merge';
    readonly type: 'choice';
    readonly choices: readonly ["manager", "all"];
    readonly value: 'manager|all';
    readonly group: 'Transforms';
    readonly describe: 'Which adjacent RUNs merge (default: manager)';
    readonly api: true;
    readonly config: true;
    readonly cli: true;
}, {
    readonly key: 'allStages';
    readonly type: 'boolean';
    readonly negatable: true;
    readonly group: 'Transforms';
    readonly describe: 'Also rewrite build stages whose filesystem never ships';
    readonly api: true;
    readonly config: true;
    readonly cli: true;
}, {
    readonly key: 'only';
    readonly type: 'list';
    readonly value: 'ids';
    readonly group: 'Transforms';
    readonly describe: 'Run only these transforms (comma-separated)';
    readonly api: true;
    readonly config: true;
    readonly cli: true;
}, {
    readonly key: 'disable';
    readonly type: 'list';
    readonly value: 'ids';
    readonly group: 'Transforms';
    readonly describe: 'Do not run these transforms';
    readonly api: true;
    readonly config: true;
    readonly cli: true;
}, {
    readonly key: 'transforms';
    readonly flag: 'transform';
    readonly short: 't';
    readonly type: 'paths';
    readonly value: 'file';
    readonly group: 'Transforms';
    readonly describe: 'Load a custom transform module (repeatable)';
    readonly api: true;
    readonly cli: true;
}, {
    readonly key: 'ignorePath';
    readonly type: 'paths';
    readonly value: 'file';
    readonly group: 'Files';
    readonly describe: 'Ignore file, .gitignore syntax (default: .dockerfile-squashignore)';
    readonly api: true;
    readonly config: true;
    readonly cli: true;
}, {
    readonly key: 'config';
    readonly type: 'config';
    readonly value: 'file';
    readonly negatable: true;
    readonly group: 'Files';
    readonly describe: 'Use this config file instead of searching (--no-config: none)';
    readonly api: true;
    readonly cli: true;
}, {
    readonly key: 'errorOnUnmatchedPattern';
    readonly type: 'boolean';
    readonly negatable: true;
    readonly group: 'Files';
    readonly describe: 'A directory or glob with no Dockerfile is an error (default)';
    readonly api: true;
    readonly cli: true;
}, {
    readonly key: 'jobs';
    readonly type: 'count';
    readonly short: 'j';
    readonly value: 'n';
    readonly group: 'Other';
    readonly describe: 'Threads, this one included (default: automatic)';
    readonly api: true;
    readonly cli: true;
}, {
    readonly key: 'cwd';
    readonly type: 'string';
    readonly group: 'Other';
    readonly describe: 'Relative paths resolve against it';
    readonly api: true;
}];
type ValueOf<S> = S extends {
    type: 'boolean';
} ? boolean : S extends {
    type: 'choice';
    choices: readonly (infer C)[];
} ? C : S extends {
    type: 'list' | 'paths' | 'strings';
} ? string[] : S extends {
    type: 'count';
} ? number : S extends {
    type: 'config';
} ? boolean | string : string;
/** The options of `table` that may be given where `W` is true, all optional. */
export type OptionsOf<Table extends readonly OptionSpec[], W extends 'api' | 'config' | 'cli'> = {
    -readonly [S in Table[number] as S extends {
        readonly [K in W]: true;
    } ? S['key'] : never]?: ValueOf<S>;
};
/** What a config file may set. */
export type FileConfig = OptionsOf<typeof ENGINE_OPTIONS, 'config'>;
/** The command-line flag of an option. */
export declare function flagOf(spec: OptionSpec): string;
/** Splits comma-separated lists, trims, drops empty entries. */
export declare function splitList(values: readonly string[]): string[];
/** Checks a config file's contents against the table: an unknown key or a wrong type names the key and the file. */
export declare function validateConfig(raw: unknown, filepath: string): FileConfig;
export {};
