/**
 * What a RUN leaves behind and what it deletes, read from its commands: files written by downloads and
 * redirections, archives unpacked, programs compiled, directories made, packages installed; files removed,
 * packages uninstalled. Used to fold a deletion into the layer that created the files. A miss only means a merge
 * that would have saved bytes is not made; a false match costs a merge that saves nothing (merging is
 * meaning-preserving either way), so a directory that base images already have (`mkdir -p /usr/share/doc`,
 * `tar -C /usr/local`) does not count as created: deleting it deletes what was there before, not new bytes.
 */
import type { ShellWord } from '../../src/document/shell.js';
import type { Instruction } from '../../src/document/types.js';
import type { PackageManager } from '../managers/types.js';
export interface RunEffects {
    created: string[];
    deleted: string[];
    /** `manager:package` */
    installed: Set<string>;
    removed: Set<string>;
}
/**
 * What the RUN leaves behind is net of its own clean-up: a file it creates and later deletes, or a package it
 * installs and later removes (`yum install -y wget && … && yum remove -y wget`), is not in its layer, so a later
 * RUN that deletes or removes the same thing saves nothing by joining it.
 */
export declare function effectsOf(ins: Instruction, managers: readonly PackageManager[]): RunEffects;
/** What an effects computation may ask of the stage's ENV/ARG values, and what it asked. */
type EnvLookup = Pick<ReadonlyMap<string, string | null>, 'get'>;
/** Commands that delete files: the only ones whose RUN can pull earlier RUNs into a create-then-delete merge. */
export declare const DELETERS: ReadonlySet<string>;
/** A cheap first look: does the RUN delete files or uninstall packages at all? */
export declare function mayDelete(ins: Instruction, ctx: {
    managers: readonly PackageManager[];
}): boolean;
/** True when something RUN `later` deletes was created or installed by RUN `earlier`. */
export declare function deletesWhatWasCreated(earlier: RunEffects, later: RunEffects): boolean;
/** A word's value, with `$VAR` / `${VAR}` taken from the stage's ENV/ARG when their values are static. */
export declare function resolveWord(word: ShellWord, env: EnvLookup): string | null;
export {};
