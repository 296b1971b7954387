/**
 * Package-manager knowledge is data: one descriptor per manager, read by the generic transforms
 * (merge-runs groups by it, teardown appends from it, the flag transforms insert from it).
 * Adding a manager means adding one file and listing it in managers/index.ts.
 */
import type { Applicability } from '../../src/fix/types.js';
/**
 * What a command does for its manager. `query` reads the package index; `clean` is a clean-up; `remove`
 * uninstalls packages (a RUN that removes what an earlier RUN installed belongs in that RUN's layer).
 */
export type Role = 'install' | 'update' | 'query' | 'clean' | 'remove' | 'other';
export interface CommandSpec {
    /** Program names (compared with the basename, so `/opt/conda/bin/conda` is `conda`). */
    names: string[];
    /** Reached as `<python> -m <module>` too (`python3 -m pip`). */
    module?: string;
    /** Reached as `<interpreter> <script>` too, the script's basename being one of `names` (`php composer.phar`). */
    interpreters?: string[];
    /** Options that take the next word as their value, so it is not mistaken for the subcommand. */
    optionsWithValue?: string[];
    /** Options whose value names the installed set too (`apk add --virtual .build-deps`). */
    groupNameOptions?: string[];
    /** Role by subcommand: the first word that is not an option, or the first two joined by a space (`pip install`). */
    subcommands?: Partial<Record<Role, string[]>>;
    /** Role when the subcommand is not listed (or there is none). */
    defaultRole: Role;
    /** Role of the bare program with no subcommand (a bare `yarn` installs). */
    bareRole?: Role;
}
/**
 * A vendor installer script that sets the manager up and fills its package cache
 * (`bash Miniconda3-latest-Linux-x86_64.sh -b -p /opt/conda`). It counts as an install, and the teardown
 * calls the program it installed by its full path, since it is not on PATH yet.
 */
export interface InstallerSpec {
    /** Matches the script name (the command itself, or the first argument of `bash`/`sh`). */
    script: RegExp;
    /** Option giving the install prefix, and the prefix when it is absent. */
    prefixOption: string;
    defaultPrefix: string;
    /** The program under the prefix (`bin/conda`). */
    program: string;
}
/** An existing command that already does a teardown step. */
export type CleanupMatcher = 
/** `<name> <subcommand>` (with any options), e.g. `apt-get clean`, `conda clean -a`; `withArgs`: one of them must appear. */
{
    kind: 'subcommand';
    names: string[];
    subcommands: string[];
    withArgs?: string[];
}
/**
 * A recursive `rm` of this path, its contents (`path/*`) or a parent directory. `~` is the home directory.
 * `flat`: the directory holds files only, so a plain `rm path/*` empties it too.
 */
 | {
    kind: 'remove';
    path: string;
    flat?: boolean;
};
export interface TeardownStep {
    id: string;
    /** The command appended with `&&` at the end of the RUN; by program name when it differs (`mamba clean -a -y`). */
    command: string | Record<string, string>;
    doneBy: CleanupMatcher[];
    /** What the step deletes: a cache, tmpfs or bind mount over any of these makes the step wrong. */
    paths: string[];
    /** Default 'safe'. An unsafe step is proposed as its own fix, applied only with --unsafe. */
    applicability?: Applicability;
    /**
     * The roles whose commands write the step's paths (apt's lists: `update`; its archive cache: `install`). The
     * step is added only to a RUN that has such a command: deleting files an earlier layer wrote saves no byte.
     */
    writtenBy: Role[];
    /**
     * The author's own clean-up that does part of this step after the last install. With `option` (zypper: a bare
     * `zypper clean` takes `--all`) it is completed where it stands instead of appending the step next to it.
     * Without one (apt: `apt-get clean`, then the lists removal), a RUN where other work follows that clean-up is left
     * as it is: that work may still need the state (a vendor script running `apt-get install`), and the step
     * appended at the end would stand apart from the author's clean-up.
     */
    completes?: {
        partial: Extract<CleanupMatcher, {
            kind: 'subcommand';
        }>;
        option?: string;
    };
    /** Not added when one of these steps is already present (e.g. the official images' apt idiom). */
    skipIfDone?: string[];
    /**
     * Added only together with one of these steps (apt: `apt-get clean` alone saves nothing on Debian and Ubuntu
     * bases, whose docker-clean hook already empties the archive cache after every install).
     */
    onlyWith?: string[];
    /**
     * Base images (the reference FROM names, at the root of the stage's chain) on which the step deletes nothing:
     * not added there (yum's `rm -rf /var/cache/yum` where yum is dnf, whose cache is elsewhere). When the file does
     * not name the image, the step is added as usual.
     */
    uselessOnBase?: RegExp[];
    /** The deleted state is read by a later `install` or `query` that does not run `update` first. */
    neededByLaterUse?: boolean;
    /** With --unsafe, such a later RUN gets this command first, so the state can be deleted here anyway. */
    refreshCommand?: string;
    /** Options of a later command of the manager that work from this cache (`npm ci --offline`): then it stays. */
    readLaterWith?: string[];
    /**
     * Options or subcommands of a command whose purpose is to fill this cache (`conda install --download-only`,
     * `npm cache add`): a RUN with one keeps the cache, since emptying it would undo what the RUN was for.
     */
    filledOnPurposeBy?: string[];
}
/** An option inserted right after the subcommand of matching commands (`pip install --no-cache-dir`). */
export interface FlagRule {
    /** Which transform proposes it: `no-cache-flag` (keeps caches out of the layer) or `slim-install` (installs less). */
    transform: 'no-cache-flag' | 'slim-install';
    flag: string;
    /** Only these programs accept the flag (`aptitude` rejects `--no-install-recommends`); default: every one. */
    programs?: string[];
    /** Subcommands (as in CommandSpec.subcommands) that get the flag. */
    subcommands: string[];
    /** Options that already have the same effect. `-o APT::Install-Recommends=false` style pairs are written `-o=value`. */
    presentAs: string[];
    applicability: Applicability;
    /** Not added when one of these variables is set to a truthy value in ENV/ARG of the stage or on the command. */
    disabledByEnv?: string[];
    /**
     * The cache the flag keeps empty, where it lives by default: not added when a cache, tmpfs or bind mount overlaps
     * it there or where the manager's cacheLocation moves it (the cache is wanted).
     */
    cachePaths?: string[];
    /** Not added when a command after the install already removes the whole cache (`pip cache purge`). */
    doneBy?: CleanupMatcher[];
    /**
     * Not added when the RUN has one of these teardown steps, already or appended by the teardown, which removes
     * what the flag would keep out (apk: `rm -rf /var/cache/apk/*` after `apk update`): one clean-up per cache.
     */
    redundantWithSteps?: string[];
    /**
     * Not added when the RUN also runs a command of the same manager with one of these roles: what the flag would
     * keep out of the layer is written there anyway (apk: the index `apk update` writes stays whether `apk add`
     * reads it or not, so `--no-cache` saves no byte; only removing the index does, see redundantWithSteps).
     */
    redundantWithRoles?: Role[];
    /** hadolint codes whose ignore pragma also suppresses this flag. */
    hadolintCodes?: string[];
}
/** Where the manager keeps its cache when the environment or an option moves it from the default. */
export interface CacheLocation {
    /** Variables naming the cache directory, or a base directory the manager puts `subdir` under. */
    env: {
        name: string;
        subdir?: string;
    }[];
    /** Options of the command whose value is the cache directory (`--cache-dir DIR`). */
    options?: string[];
}
/**
 * Commands that set up the manager's sources without being its own program (a repository-adding script, a sources
 * list or a signing key written into its configuration): they belong in its group, since they change its state.
 */
export interface SourceSetup {
    /** A command with an argument under one of these paths, or a RUN redirecting output there. */
    paths: string[];
    /** A command with an argument matching one of these (`curl … https://deb.nodesource.com/setup_20.x`). */
    urls: RegExp[];
}
export interface PackageManager {
    id: string;
    commands: CommandSpec[];
    cacheLocation?: CacheLocation;
    sourceSetup?: SourceSetup;
    installers?: InstallerSpec[];
    teardown: TeardownStep[];
    flags?: FlagRule[];
    /** hadolint rule codes whose ignore pragma also suppresses this manager's teardown. */
    hadolintTeardownCodes: string[];
    /** Where the teardown comes from (documentation or official images). */
    source: string;
    /**
     * Evidence in the file that the teardown would be wrong here (yarn berry keeps its cache inside the project):
     * a regular expression over the stage's instruction text.
     */
    teardownUnsafeWhen?: RegExp;
    /** Options or subcommands that only a variant the teardown would harm accepts (`yarn install --immutable`). */
    teardownUnsafeWith?: string[];
}
