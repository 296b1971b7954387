/**
 * A file no built-in transform can change, recognised from its text alone, before any shell tree is built.
 * Every fix starts from a command the transforms react to: a package manager's command (by name, as a Python
 * module, or run by its vendor installer script), one of its clean-up commands, a command that sets up its
 * sources (a configuration path or setup URL), or a command that deletes files (which may merge with the RUN
 * that created them). The names come from the same descriptors and sets the
 * transforms read; a file in which none of them appears as a word, after quotes, escapes and line continuations
 * are taken out, can only be left as it is (except under --merge all, which merges any RUNs).
 * test/property/quiet.test.ts checks the answer against the full pipeline.
 */
import type { PackageManager } from '../managers/types.js';
/** True when no built-in transform can propose a fix for this text, whatever the options but `merge: 'all'`. */
export declare function cannotChange(text: string, managers: readonly PackageManager[]): boolean;
