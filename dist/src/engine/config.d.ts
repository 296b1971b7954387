import { DirIndex } from './dir-index.js';
import { type FileConfig } from './options.js';
export declare const CONFIG_NAME = "dockerfile-squash";
export declare const SEARCH_PLACES: string[];
export interface ResolvedConfig {
    /** Absolute path of the file the options came from. */
    filepath: string;
    config: FileConfig;
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
