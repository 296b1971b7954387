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
import { DirIndex } from './dir-index.js';
import { SquashError } from './errors.js';
import { validateConfig } from './options.js';
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
const yamlLoader = async (filepath, content) => {
    // Loaded only when a YAML config exists: most runs never need the parser.
    const { parse } = await import('yaml');
    try {
        return parse(content);
    }
    catch (error) {
        throw new SquashError('config', `${filepath}: invalid YAML: ${error.message.split('\n')[0]}`);
    }
};
const jsonLoader = (filepath, content) => {
    try {
        return JSON.parse(content);
    }
    catch (error) {
        throw new SquashError('config', `${filepath}: invalid JSON: ${error.message}`);
    }
};
/** Finds and validates configs; one instance per run, so every directory is searched once. */
export class ConfigResolver {
    explicitPath;
    index;
    loaderPromise = null;
    byDirectory = new Map();
    explicit = null;
    constructor(explicitPath, index = new DirIndex()) {
        this.explicitPath = explicitPath;
        this.index = index;
    }
    /** lilconfig, loaded only once a config file is known to exist: most runs have none, and start-up counts. */
    get loader() {
        this.loaderPromise ??= import('lilconfig').then(({ lilconfig }) => lilconfig(CONFIG_NAME, {
            searchPlaces: SEARCH_PLACES,
            loaders: { '.json': jsonLoader, '.yaml': yamlLoader, '.yml': yamlLoader, noExt: yamlLoader },
        }));
        return this.loaderPromise;
    }
    /** The config for a file at `path` (absolute), or null when there is none. */
    forFile(path) {
        if (this.explicitPath !== undefined)
            return this.loadExplicit(this.explicitPath);
        return this.forDirectory(dirname(path));
    }
    /** The nearest config at or above `dir`: this directory's own, else its parent's (cached per directory). */
    forDirectory(dir) {
        let found = this.byDirectory.get(dir);
        if (!found) {
            found = this.inDirectory(dir).then((own) => {
                if (own !== undefined)
                    return own;
                const parent = dirname(dir);
                return parent === dir ? null : this.forDirectory(parent);
            });
            this.byDirectory.set(dir, found);
        }
        return found;
    }
    /** This directory's own config; undefined when it has none (package.json without our key does not count). */
    async inDirectory(dir) {
        for (const place of SEARCH_PLACES) {
            if (!this.index.has(dir, place))
                continue;
            const filepath = join(dir, place);
            let result;
            try {
                result = await (await this.loader).load(filepath);
            }
            catch (error) {
                throw asConfigError(error);
            }
            if (!result || result.isEmpty || result.config === undefined || result.config === null)
                continue;
            return { filepath, config: validateConfig(result.config, filepath) };
        }
        return undefined;
    }
    loadExplicit(path) {
        this.explicit ??= (async () => {
            const filepath = resolve(path);
            let result;
            try {
                readFileSync(filepath);
                result = await (await this.loader).load(filepath);
            }
            catch (error) {
                if (error.code === 'ENOENT')
                    throw new SquashError('config', `${filepath}: no such file`);
                throw asConfigError(error);
            }
            // A package.json given with --config: lilconfig reads its "dockerfile-squash" key.
            return { filepath, config: validateConfig(result?.config ?? {}, filepath) };
        })();
        return this.explicit;
    }
}
function asConfigError(error) {
    if (error instanceof SquashError)
        return error;
    return new SquashError('config', error.message);
}
