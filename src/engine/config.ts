/**
 * Configuration files, found from each Dockerfile's directory upwards (lilconfig, as Prettier and ESLint users
 * expect): `package.json` ("dockerfile-squash" key), `.dockerfile-squashrc` (YAML or JSON),
 * `.dockerfile-squashrc.json`, `.dockerfile-squashrc.yaml`/`.yml`, `dockerfile-squash.config.js`/`.mjs`.
 * The nearest one wins, whole (configs do not cascade). Command-line flags win over it. An unknown key or a
 * value of the wrong type is an error that names the key and the file.
 *
 * lilconfig loads the files (loaders, the package.json key, empty files); the walk upwards is lilconfig's search
 * order, but asks the DirIndex which names exist instead of trying to open each (see dir-index.ts).
 */
import { dirname, join, resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Loader, lilconfig as Lilconfig } from 'lilconfig';
import { DirIndex } from './dir-index.js';
import { SquashError } from './errors.js';
import { validateConfig, type FileConfig } from './options.js';

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

export interface ResolvedConfig {
  /** Absolute path of the file the options came from. */
  filepath: string;
  config: FileConfig;
}

const yamlLoader: Loader = async (filepath, content) => {
  // Loaded only when a YAML config exists: most runs never need the parser.
  const { parse } = await import('yaml');
  try {
    return parse(content) as unknown;
  } catch (error) {
    throw new SquashError('config', `${filepath}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
};

const jsonLoader: Loader = (filepath, content) => {
  try {
    return JSON.parse(content) as unknown;
  } catch (error) {
    throw new SquashError('config', `${filepath}: invalid JSON: ${(error as Error).message}`);
  }
};

/** Finds and validates configs; one instance per run, so every directory is searched once. */
export class ConfigResolver {
  private loaderPromise: Promise<ReturnType<typeof Lilconfig>> | null = null;
  private readonly byDirectory = new Map<string, Promise<ResolvedConfig | null>>();
  private explicit: Promise<ResolvedConfig> | null = null;

  constructor(
    private readonly explicitPath?: string,
    private readonly index: DirIndex = new DirIndex(),
  ) {}

  /** lilconfig, loaded only once a config file is known to exist: most runs have none, and start-up counts. */
  private get loader(): Promise<ReturnType<typeof Lilconfig>> {
    this.loaderPromise ??= import('lilconfig').then(({ lilconfig }) =>
      lilconfig(CONFIG_NAME, {
        searchPlaces: SEARCH_PLACES,
        loaders: { '.json': jsonLoader, '.yaml': yamlLoader, '.yml': yamlLoader, noExt: yamlLoader },
      }),
    );
    return this.loaderPromise;
  }

  /** The config for a file at `path` (absolute), or null when there is none. */
  forFile(path: string): Promise<ResolvedConfig | null> {
    if (this.explicitPath !== undefined) return this.loadExplicit(this.explicitPath);
    return this.forDirectory(dirname(path));
  }

  /** The nearest config at or above `dir`: this directory's own, else its parent's (cached per directory). */
  forDirectory(dir: string): Promise<ResolvedConfig | null> {
    let found = this.byDirectory.get(dir);
    if (!found) {
      found = this.inDirectory(dir).then((own) => {
        if (own !== undefined) return own;
        const parent = dirname(dir);
        return parent === dir ? null : this.forDirectory(parent);
      });
      this.byDirectory.set(dir, found);
    }
    return found;
  }

  /** This directory's own config; undefined when it has none (package.json without our key does not count). */
  private async inDirectory(dir: string): Promise<ResolvedConfig | undefined> {
    for (const place of SEARCH_PLACES) {
      if (!this.index.has(dir, place)) continue;
      const filepath = join(dir, place);
      let result;
      try {
        result = await (await this.loader).load(filepath);
      } catch (error) {
        throw asConfigError(error);
      }
      if (!result || result.isEmpty || result.config === undefined || result.config === null) continue;
      return { filepath, config: validateConfig(result.config, filepath) };
    }
    return undefined;
  }

  private loadExplicit(path: string): Promise<ResolvedConfig> {
    this.explicit ??= (async () => {
      const filepath = resolve(path);
      let result;
      try {
        readFileSync(filepath);
        result = await (await this.loader).load(filepath);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
          throw new SquashError('config', `${filepath}: no such file`);
        throw asConfigError(error);
      }
      // A package.json given with --config: lilconfig reads its "dockerfile-squash" key.
      return { filepath, config: validateConfig(result?.config ?? {}, filepath) };
    })();
    return this.explicit;
  }
}

function asConfigError(error: unknown): SquashError {
  if (error instanceof SquashError) return error;
  return new SquashError('config', (error as Error).message);
}
