export type Format = 'text' | 'json' | 'sarif';
export interface CliOptions {
    paths: string[];
    write: boolean;
    check: boolean;
    listDifferent: boolean;
    diff: boolean;
    format: Format;
    quiet: boolean;
    color: boolean | undefined;
    /** Options a config file may also set: undefined when not given on the command line (the config decides). */
    unsafe: boolean | undefined;
    merge: 'manager' | 'all' | undefined;
    allStages: boolean | undefined;
    only: string[] | undefined;
    disable: string[] | undefined;
    ignorePath: string[] | undefined;
    stdinFilepath: string | undefined;
    explain: string | undefined;
    transform: string[];
    config: boolean;
    configPath: string | undefined;
    /** Worker threads: a number, or undefined for automatic (in-process for small batches). */
    jobs: number | undefined;
}
export { UsageError } from '../engine/errors.js';
interface OptionSpec {
    name: string;
    short?: string;
    type: 'boolean' | 'string';
    multiple?: boolean;
    choices?: readonly string[];
    value?: string;
    describe: string;
}
/** The table `--help` prints, in this order. */
export declare const OPTIONS: readonly OptionSpec[];
export declare function helpText(): string;
export declare function parseArgs(argv: string[], version: string): CliOptions | {
    output: string;
};
