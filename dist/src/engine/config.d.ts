import { DirIndex } from './dir-index.js';
export declare const CONFIG_NAME = "dockerfile-squash";
export declare const SEARCH_PLACES: string[];
/** What a config file may set; the same options as the command line. */
export interface FileConfig {
    unsafe?: boolean;
    merge?: 'manager' | 'all';
    allStages?: boolean;
    only?: string[];
    disable?: string[];
    /** Ignore files (.gitignore syntax), relative to the config file's directory. */
    ignorePath?: string[];
}
export interface ResolvedConfig {
    /** Absolute path of the file the options came from. */
    filepath: string;
    config: FileConfig;
}
export declare class ConfigError extends Error {
}
/** Finds and validates configs; one instance per run, so every directory is searched once. */
export declare class ConfigResolver {
    private readonly explicitPath?;
    private readonly index;
    private loaderPromise;
    private readonly byDirectory;
    private explicit;
    constructor(explicitPath?: string | undefined, index?: DirIndex);
    /** lilconfig, loaded only once a config file is known to exist: most runs have none, and start-up counts. */
    private get loader();
    /** The config for a file at `path` (absolute), or null when there is none. */
    forFile(path: string): Promise<ResolvedConfig | null>;
    /** The nearest config at or above `dir`: this directory's own, else its parent's (cached per directory). */
    forDirectory(dir: string): Promise<ResolvedConfig | null>;
    /** This directory's own config; undefined when it has none (package.json without our key does not count). */
    private inDirectory;
    private loadExplicit;
}
export declare function validateConfig(raw: unknown, filepath: string): FileConfig;
