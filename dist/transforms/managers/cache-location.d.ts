/**
 * Where a use of a manager keeps its cache: the descriptor's default paths, plus wherever the environment the
 * command runs in (ENV/ARG of the stage, an `export` earlier in the RUN, `VAR=… cmd`) or one of its options
 * moves it. A mount over any of these is a cache the author wants: no flag empties it, no clean-up deletes it.
 */
import type { Instruction } from '../../src/document/types.js';
import type { ShellCommand } from '../../src/document/shell.js';
import type { PackageManager } from './types.js';
import type { ManagerUse } from './usage.js';
/** The cache directories of this use (`~` for the home directory), or null when a variable moves it out of sight. */
export declare function cacheDirsOf(ins: Instruction, use: ManagerUse, manager: PackageManager, defaults: string[]): string[] | null;
/**
 * A cache, tmpfs or bind mount at, above or below the cache of this use, wherever it lives (deleting the cache
 * would empty the mount, or part of it); or any such mount, when the cache or the mount's place is unknown.
 */
export declare function cacheIsMounted(ins: Instruction, use: ManagerUse, manager: PackageManager, defaults: string[]): boolean;
/**
 * The environment moved the cache of this use, and one of `commands` removes it where it was moved to, by the
 * same variable (`export COMPOSER_HOME="$(mktemp -d)"; composer install; rm -rf "$COMPOSER_HOME"`) or by its
 * path (`ENV COMPOSER_HOME=/tmp/composer` … `rm -rf /tmp/composer`). Every variable that moves it must be
 * removed so (COMPOSER_CACHE_DIR wins over COMPOSER_HOME), each seen with the value the install saw.
 */
export declare function removesMovedCache(ins: Instruction, use: ManagerUse, manager: PackageManager, commands: readonly ShellCommand[]): boolean;
