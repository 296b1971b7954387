import type { DirIndex } from './dir-index.js';
export declare const HADOLINT_CONFIG_NAMES: string[];
export declare class HadolintConfigs {
    private readonly index;
    private readonly byDirectory;
    constructor(index: DirIndex);
    /** The rule codes the nearest `.hadolint.yaml` at or above `dir` ignores (empty when there is none). */
    ignoredIn(dir: string): Promise<string[]>;
}
