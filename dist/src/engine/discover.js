/** Paths and globs → Dockerfiles, with .gitignore and --ignore-path honoured and node_modules/.git skipped. */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { DirIndex } from './dir-index.js';
import { SEARCH_PLACES } from './config.js';
import { HADOLINT_CONFIG_NAMES } from './hadolint-config.js';
export const DOCKERFILE_GLOBS = [
    '**/Dockerfile',
    '**/Dockerfile.*',
    '**/*.Dockerfile',
    '**/*.dockerfile',
    '**/Containerfile',
    '**/Containerfile.*',
];
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];
/** Listed in the same crawl, for the DirIndex: ignore files and config files (ours and hadolint's). */
const INDEXED_NAMES = ['.gitignore', ...SEARCH_PLACES, ...HADOLINT_CONFIG_NAMES];
const INDEXED_GLOBS = INDEXED_NAMES.map((name) => `**/${name}`);
export async function discover(operands, options) {
    const files = [];
    const explicit = new Set();
    const errors = [];
    const index = new DirIndex();
    // --ignore-path files are read up front, so a missing one is an error before anything is processed.
    let filter = options.ignorePaths.length > 0 ? await ignoreFilter(options, index) : null;
    const lazyFilter = async (path) => (filter ??= await ignoreFilter(options, index))(path);
    for (const operand of operands) {
        let found;
        try {
            found = await expandOperand(operand, options.cwd, lazyFilter, explicit, index);
        }
        catch (error) {
            const e = error;
            errors.push({ path: operand, message: e.code === 'ENOENT' ? 'no such file or directory' : e.message });
            continue;
        }
        if (found.length === 0)
            errors.push({ path: operand, message: 'no Dockerfiles found' });
        files.push(...found);
    }
    return { files: [...new Set(files)], explicit, errors, index };
}
async function expandOperand(operand, cwd, isIgnored, explicit, index) {
    const absolute = resolve(cwd, operand);
    const info = statSync(absolute, { throwIfNoEntry: false }) ?? null;
    // A file named explicitly is always processed, as Prettier does; only walked files are filtered.
    if (info && !info.isDirectory()) {
        explicit.add(operand);
        return [operand];
    }
    // Loaded only when something is walked or globbed: a run over named files does not pay for it.
    const { glob, isDynamicPattern } = await import('tinyglobby');
    if (!info) {
        if (!isDynamicPattern(operand))
            throw Object.assign(new Error('no such file or directory'), { code: 'ENOENT' });
        const matches = await glob(operand, {
            cwd,
            ignore: ALWAYS_SKIPPED,
            onlyFiles: true,
            dot: false,
            followSymbolicLinks: false,
            expandDirectories: false,
        });
        return sorted(await kept(matches, (f) => resolve(cwd, f), isIgnored));
    }
    const crawled = await glob([...DOCKERFILE_GLOBS, ...INDEXED_GLOBS], {
        cwd: absolute,
        ignore: ALWAYS_SKIPPED,
        onlyFiles: true,
        dot: true,
        // A symlinked directory is not entered: no loops, and no file reached twice.
        followSymbolicLinks: false,
    });
    const indexed = new Set(INDEXED_NAMES);
    const isIndexed = (m) => indexed.has(m.slice(m.lastIndexOf('/') + 1));
    index.addCrawl(absolute, crawled.filter(isIndexed));
    const matches = crawled.filter((m) => !isIndexed(m));
    return sorted(await kept(matches.map((m) => join(operand, m)), (f) => resolve(cwd, f), isIgnored));
}
function sorted(paths) {
    return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
async function kept(paths, absolute, isIgnored) {
    const result = [];
    for (const p of paths)
        if (!(await isIgnored(absolute(p))))
            result.push(p);
    return result;
}
export async function readIgnoreFile(path) {
    const { default: ignore } = await import('ignore');
    return { dir: dirname(path), rules: ignore().add(readFileSync(path, 'utf8')) };
}
export function ignoredBy(file, absolutePath) {
    const rel = relative(file.dir, absolutePath);
    if (rel === '' || rel.startsWith('..') || rel.startsWith(sep))
        return false;
    return file.rules.ignores(rel.split(sep).join('/'));
}
/**
 * `.gitignore` files as git reads them: each applies to its own directory and below. They are read lazily from
 * the file's directory up to the working directory, plus any `--ignore-path` files.
 */
async function ignoreFilter(options, index) {
    const { default: ignore } = await import('ignore');
    const explicit = [];
    for (const path of options.ignorePaths) {
        try {
            explicit.push(await readIgnoreFile(resolve(options.cwd, path)));
        }
        catch (error) {
            throw new Error(`--ignore-path ${path}: ${error.code === 'ENOENT' ? 'no such file' : error.message}`);
        }
    }
    const perDirectory = new Map();
    const gitignoreOf = async (dir) => {
        if (!perDirectory.has(dir)) {
            if (!index.has(dir, '.gitignore')) {
                perDirectory.set(dir, null);
                return null;
            }
            try {
                perDirectory.set(dir, ignore().add(readFileSync(join(dir, '.gitignore'), 'utf8')));
            }
            catch {
                perDirectory.set(dir, null);
            }
        }
        return perDirectory.get(dir);
    };
    const cwd = resolve(options.cwd);
    return async (absolutePath) => {
        if (explicit.some((f) => ignoredBy(f, absolutePath)))
            return true;
        for (let dir = dirname(absolutePath);; dir = dirname(dir)) {
            const rules = await gitignoreOf(dir);
            const fromDir = relative(dir, absolutePath).split(sep).join('/');
            if (rules && rules.ignores(fromDir))
                return true;
            if (dir === cwd || dir === dirname(dir) || !dir.startsWith(cwd))
                break;
        }
        return false;
    };
}
