/**
 * Configuration files, found from each Dockerfile's directory upwards (lilconfig, as Prettier and ESLint users
 * expect): `package.json` ("dockerfile-squash" key), `.dockerfile-squashrc` (YAML or JSON),
 * `.dockerfile-squashrc.json`, `.dockerfile-squashrc.yaml`/`.yml`, `dockerfile-squash.config.js`/`.mjs`.
 * The nearest one wins, whole (configs do not cascade). Command-line flags win over it. An unknown key or a
 * value of the wrong type is an error that names the key and the file.
 */
import { dirname, resolve } from 'node:path';
import { readFile } from 'node:fs/promises';
import { lilconfig, type Loader } from 'lilconfig';

export const CONFIG_NAME = 'dockerfile-squash';

export const SEARCH_PLACES = [
  'package.json',
  `.${CONFIG_NAME}rc`,
  `.${CONFIG_NAME}rc.json`,
  `.${CONFIG_NAME}rc.yaml`,
  `.${CONFIG_NAME}rc.yml`,
  `${CONFIG_NAME}.config.js`,
  `${CONFIG_NAME}.config.mjs`,
];

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

export class ConfigError extends Error {}

const KNOWN_KEYS = ['unsafe', 'merge', 'allStages', 'only', 'disable', 'ignorePath'] as const;

const yamlLoader: Loader = async (filepath, content) => {
  // Loaded only when a YAML config exists: most runs never need the parser.
  const { parse } = await import('yaml');
  try {
    return parse(content) as unknown;
  } catch (error) {
    throw new ConfigError(`${filepath}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
};

const jsonLoader: Loader = (filepath, content) => {
  try {
    return JSON.parse(content) as unknown;
  } catch (error) {
    throw new ConfigError(`${filepath}: invalid JSON: ${(error as Error).message}`);
  }
};

/** Finds and validates configs; one instance per run, so every directory is searched once. */
export class ConfigResolver {
  private readonly searcher = lilconfig(CONFIG_NAME, {
    searchPlaces: SEARCH_PLACES,
    loaders: { '.json': jsonLoader, '.yaml': yamlLoader, '.yml': yamlLoader, noExt: yamlLoader },
    // Stop at the file system root rather than the home directory: repositories live anywhere (CI: /builds/…).
    stopDir: '/',
  });
  private readonly byDirectory = new Map<string, Promise<ResolvedConfig | null>>();

  constructor(private readonly explicitPath?: string) {}

  /** The config for a file at `path` (absolute), or null when there is none. */
  forFile(path: string): Promise<ResolvedConfig | null> {
    return this.forDirectory(dirname(path));
  }

  forDirectory(dir: string): Promise<ResolvedConfig | null> {
    let found = this.byDirectory.get(dir);
    if (!found) {
      found = this.explicitPath !== undefined ? this.loadExplicit(this.explicitPath) : this.search(dir);
      this.byDirectory.set(dir, found);
    }
    return found;
  }

  private async search(dir: string): Promise<ResolvedConfig | null> {
    let result;
    try {
      result = await this.searcher.search(dir);
    } catch (error) {
      throw asConfigError(error);
    }
    if (!result) return null;
    return { filepath: result.filepath, config: validateConfig(result.config ?? {}, result.filepath) };
  }

  private explicit: Promise<ResolvedConfig> | null = null;

  private loadExplicit(path: string): Promise<ResolvedConfig> {
    this.explicit ??= (async () => {
      const filepath = resolve(path);
      let result;
      try {
        await readFile(filepath);
        result = await this.searcher.load(filepath);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new ConfigError(`${filepath}: no such file`);
        throw asConfigError(error);
      }
      // A package.json given with --config: lilconfig reads its "dockerfile-squash" key.
      return { filepath, config: validateConfig(result?.config ?? {}, filepath) };
    })();
    return this.explicit;
  }
}

function asConfigError(error: unknown): ConfigError {
  if (error instanceof ConfigError) return error;
  return new ConfigError((error as Error).message);
}

export function validateConfig(raw: unknown, filepath: string): FileConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`${filepath}: a config must be an object of options, got ${describe(raw)}`);
  }
  const config: FileConfig = {};
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const wrong = (expected: string) =>
      new ConfigError(`${filepath}: '${key}' must be ${expected}, got ${describe(value)}`);
    switch (key) {
      case 'unsafe':
      case 'allStages':
        if (typeof value !== 'boolean') throw wrong('true or false');
        config[key] = value;
        break;
      case 'merge':
        if (value !== 'manager' && value !== 'all') throw wrong("'manager' or 'all'");
        config.merge = value;
        break;
      case 'only':
      case 'disable':
      case 'ignorePath': {
        const items = typeof value === 'string' ? value.split(',') : value;
        if (!Array.isArray(items) || !items.every((v) => typeof v === 'string')) throw wrong('a list of strings');
        const cleaned = (items as string[]).map((v) => v.trim()).filter(Boolean);
        config[key] = key === 'ignorePath' ? cleaned.map((p) => resolve(dirname(filepath), p)) : cleaned;
        break;
      }
      default:
        throw new ConfigError(`${filepath}: unknown key '${key}' (known: ${KNOWN_KEYS.join(', ')})`);
    }
  }
  return config;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'string' ? `'${value}'` : typeof value === 'object' ? 'an object' : String(value);
}
