/** What a RUN does with each package manager, read from its shell commands and the descriptors. */
import type { RunDetails } from '../../src/document/types.js';
import type { ShellCommand, ShellWord } from '../../src/document/shell.js';
import type { CleanupMatcher, CommandSpec, PackageManager, Role, TeardownStep } from './types.js';
export interface ManagerUse {
    command: ShellCommand;
    spec: CommandSpec;
    role: Role;
    /** Program name as matched (`conda`, `mamba`, `pip`). */
    program: string;
    /**
     * How to call the program again in the same RUN: by its path when it was called by path (`/opt/conda/bin/conda`),
     * through the same interpreter (`php composer.phar`, `python3 -m pip`). null when it cannot be told for certain
     * (an installer's prefix given by a variable or in a spelling its option parser may read otherwise).
     */
    invokedAs: string | null;
    /** Called by a path relative to the working directory (`./composer.phar`, `php composer.phar`). */
    fromWorkdir: boolean;
    /** The privilege wrappers it ran under, as written (`sudo -E`, `sudo -u node`); '' when none. */
    privilege: string;
    /** Arguments after the program (after `-m pip` for a module call). */
    args: ShellWord[];
    /** The subcommand as matched (one word, or two for `pip install`, `env create`); the first word when unlisted. */
    subcommand: ShellWord[];
}
export declare function basename(name: string): string;
/** Matches a command against a spec; null when it is not this manager's command. */
export declare function matchCommand(command: ShellCommand, spec: CommandSpec): ManagerUse | null;
/** `bash Miniconda3-….sh -b -p /opt/conda` or `./Miniforge3.sh -b`: an install by the manager's own installer. */
export declare function matchInstaller(command: ShellCommand, manager: PackageManager): ManagerUse | null;
/** The first `count` words that are not options (skipping option values); stops at a non-static word. */
export declare function positionalWords(args: ShellWord[], optionsWithValue: string[], count: number): ShellWord[];
export declare function hasOption(args: ShellWord[], options: string[]): boolean;
/**
 * The use has one of the markers: an option (`--download-only`, short ones grouped as in `-yd`) or its leading
 * subcommand words (`cache add`, `workspaces focus`).
 */
export declare function hasMarker(use: ManagerUse, markers: string[]): boolean;
/** The arguments after the program when the command runs one of `names`: directly, `python -m`, `php script`. */
export declare function argsOfProgram(command: ShellCommand, names: string[]): ShellWord[] | null;
/**
 * The author's own clean-up script, opaque to the tool: a command (or the script `bash`/`sh` runs) whose name
 * says it cleans (`/scripts/cleanup.sh`, `/tmp/clean-layer.sh`, `install_clean`, `docker-clean`). After the
 * last install it counts as every manager's teardown: what it removes cannot be read, and a second clean-up
 * next to the author's own is noise to a reviewer.
 */
export declare function isCleanupScript(command: ShellCommand): boolean;
export declare function matchesCleanup(command: ShellCommand, matcher: CleanupMatcher): boolean;
/** Every command of the RUN that belongs to `manager`, in order, including clean-ups such as `rm -rf` of its paths. */
export declare function usesOf(run: RunDetails, manager: PackageManager): ManagerUse[];
/** The same for any list of commands, such as what an exec-form or heredoc RUN executes (RunDetails.facts). */
export declare function usesIn(commands: readonly ShellCommand[], manager: PackageManager): ManagerUse[];
/** The uses of the manager in what the RUN executes, whatever its form (RunDetails.facts). */
export declare function usesInFacts(run: RunDetails, manager: PackageManager): ManagerUse[];
/** The teardown steps that the commands from offset `from` on already do (`apt-get clean`, `rm -rf …/lists/*`). */
export declare function stepsDoneAfter(commands: readonly ShellCommand[], manager: PackageManager, from: number): Set<string>;
/** A step is done when its own clean-up ran, or one its descriptor counts as making it moot (skipIfDone). */
export declare function stepDone(step: TeardownStep, done: Set<string>): boolean;
/** The use writes the step's paths (apt's lists: `update`; its archive cache: `install`). */
export declare function writesState(use: ManagerUse, step: TeardownStep): boolean;
/** A use fills the step's cache on purpose (`conda install --download-only`): emptying it would undo the RUN. */
export declare function fillsOnPurpose(uses: ManagerUse[], step: TeardownStep): boolean;
/**
 * The manager's state this RUN writes and leaves in its layer: the steps some command writes with no clean-up
 * of them after the last such command. A step that only counts together with another (onlyWith) is left only
 * when that one is. Empty for a RUN that already cleans up after itself (or writes nothing the manager caches).
 */
export declare function stateLeftBy(run: RunDetails, manager: PackageManager): readonly TeardownStep[];
/** The managers the RUN uses, in the order of `managers` (the same array back for the same commands and list). */
export declare function managersOf(run: RunDetails, managers: readonly PackageManager[]): readonly PackageManager[];
/** For RUNs the shell parser does not see (exec form, heredoc): does the raw text mention the manager at all? */
export declare function mentionsManager(rawText: string, manager: PackageManager): boolean;
