/**
 * hadolint's own config file, so a repository that tells hadolint to ignore DL3059 (or DL3009, DL3042 …) gets the
 * same suppression our pragmas give for `# hadolint global ignore=…`. hadolint reads `.hadolint.yaml` or
 * `.hadolint.yml` from the directory it runs in (usually the repository root: CI, pre-commit) before the
 * per-user places. Since we may run anywhere, the file is looked for next to each Dockerfile and in every parent
 * directory up to the repository root (the directory holding `.git`), the nearest one winning, `.yaml` before
 * `.yml` as in hadolint. Only the `ignored:` list matters here; the other keys are hadolint's business.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SquashError } from './errors.js';
export const HADOLINT_CONFIG_NAMES = ['.hadolint.yaml', '.hadolint.yml'];
export class HadolintConfigs {
    index;
    byDirectory = new Map();
    constructor(index) {
        this.index = index;
    }
    /** The rule codes the nearest `.hadolint.yaml` at or above `dir` ignores (empty when there is none). */
    ignoredIn(dir) {
        let found = this.byDirectory.get(dir);
        if (!found) {
            const own = HADOLINT_CONFIG_NAMES.find((name) => this.index.has(dir, name));
            const parent = dirname(dir);
            if (own)
                found = readIgnored(join(dir, own));
            else if (parent === dir || isRepositoryRoot(dir))
                found = Promise.resolve([]);
            else
                found = this.ignoredIn(parent);
            this.byDirectory.set(dir, found);
        }
        return found;
    }
}
/** `.git` is a directory in a clone and a file in a worktree or submodule. */
function isRepositoryRoot(dir) {
    return statSync(join(dir, '.git'), { throwIfNoEntry: false }) !== undefined;
}
async function readIgnored(filepath) {
    const { parse } = await import('yaml');
    let config;
    try {
        // Synchronous, as in io.ts: importing fs/promises costs every run ~20 ms of start-up, for a small file.
        config = parse(readFileSync(filepath, 'utf8'));
    }
    catch (error) {
        throw new SquashError('config', `${filepath}: invalid YAML: ${error.message.split('\n')[0]}`);
    }
    if (config === null || config === undefined)
        return [];
    const ignored = config.ignored;
    if (ignored === undefined || ignored === null)
        return [];
    if (!Array.isArray(ignored) || !ignored.every((code) => typeof code === 'string')) {
        throw new SquashError('config', `${filepath}: 'ignored' must be a list of rule codes`);
    }
    return ignored.map((code) => code.trim()).filter(Boolean);
}
