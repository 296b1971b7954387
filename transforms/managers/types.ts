/**
 * Package-manager knowledge is data: one descriptor per manager, read by the generic transforms
 * (merge-runs groups by it, teardown appends from it). Adding a manager means adding one file.
 */

/** What a command does for its manager. `query` reads the package index; `clean` is a clean-up. */
export type Role = 'install' | 'update' | 'query' | 'clean' | 'other';

export interface CommandSpec {
  /** Program names, e.g. `apt-get`, `apt`, `aptitude`. */
  names: string[];
  /** Options that take the next word as their value, so it is not mistaken for the subcommand. */
  optionsWithValue?: string[];
  /** Role by subcommand (the first word that is not an option). */
  subcommands?: Partial<Record<Role, string[]>>;
  /** Role when the subcommand is not listed (or there is none). */
  defaultRole: Role;
}

/** An existing command that already does a teardown step. */
export type CleanupMatcher =
  /** `<name> <subcommand>`, e.g. `apt-get clean`. */
  | { kind: 'subcommand'; names: string[]; subcommands: string[] }
  /** A recursive `rm` of this path, its contents (`path/*`) or a parent directory. */
  | { kind: 'remove'; path: string };

export interface TeardownStep {
  id: string;
  /** The command appended with `&&` at the end of the RUN. */
  command: string;
  doneBy: CleanupMatcher[];
  /** What the step deletes: a cache, tmpfs or bind mount over any of these makes the step wrong. */
  paths: string[];
  /** Not added when one of these steps is already present (e.g. the official images' apt idiom). */
  skipIfDone?: string[];
  /** The deleted state is read by a later `install` or `query` that does not run `update` first. */
  neededByLaterUse?: boolean;
}

export interface PackageManager {
  id: string;
  commands: CommandSpec[];
  teardown: TeardownStep[];
  /** hadolint rule codes whose ignore pragma also suppresses this manager's teardown. */
  hadolintTeardownCodes: string[];
  /** Where the teardown comes from (documentation or official images). */
  source: string;
}
