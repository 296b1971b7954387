import type { Document } from './document/types.js';
import type { Applicability, Fix } from './fix/types.js';
import type { PackageManager } from '../transforms/managers/types.js';
export interface SquashOptions {
    /** Apply unsafe fixes too (they are otherwise counted and held back). */
    unsafe: boolean;
    /** `manager`: only RUNs that share a package manager merge; `all`: every consecutive mergeable RUN. */
    merge: 'manager' | 'all';
    /** Rewrite stages whose filesystem never ships too (merges, flags and teardowns). */
    allStages: boolean;
    /**
     * Rule ids or hadolint codes ignored in the whole file, as if it said `# hadolint global ignore=…`
     * (the engine fills it from a `.hadolint.yaml`'s `ignored:` list).
     */
    ignoredRules: string[];
}
export declare const DEFAULT_OPTIONS: SquashOptions;
export interface TransformContext {
    options: SquashOptions;
    managers: readonly PackageManager[];
}
/** A transform only proposes edits; it never prints the file and never mutates the Document. */
export interface Transform {
    id: string;
    description: string;
    /** The strongest applicability among the fixes it may propose. */
    applicability: Applicability;
    /** Longer text for `--explain`: what it does, why it saves space, when it is safe. */
    explain: string;
    run(doc: Document, ctx: TransformContext): Fix[];
}
