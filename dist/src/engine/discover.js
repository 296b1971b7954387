/**
 * Paths and globs → Dockerfiles, with .gitignore files and ignore files (`ignorePath`, by default
 * `.dockerfile-squashignore` in the working directory, as Prettier reads `.prettierignore`) honoured and
 * node_modules/.git skipped.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { DirIndex } from './dir-index.js';
import { SEARCH_PLACES } from './config.js';
import { HADOLINT_CONFIG_NAMES } from './hadolint-config.js';
import { SquashError } from './errors.js';
/** Read from the working directory when no ignore file is named; a missing one is fine. */
export const DEFAULT_IGNORE_FILE = '.dockerfile-squashignore';
export const DOCKERFILE_GLOBS = [
    '**/Dockerfile',
    '**/Dockerfile.*',
    '**/*.Dockerfile',
    '**/*.dockerfile',
    '**/Containerfile',
    '**/Containerfile.*',
];
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];
/**
 * What `Dockerfile.*` and `Containerfile.*` also match but is no Dockerfile: BuildKit's per-Dockerfile ignore
 * file (`Dockerfile.dockerignore`), documentation, templates to render first (Jinja, Go, ERB, autoconf,
 * docker-library's `Dockerfile.template`), backups and patches, scripts and data. A file named explicitly is
 * still read (a template is then skipped for its syntax).
 */
const NOT_DOCKERFILE_EXTENSIONS = new Set([
    ['dockerignore'],
    ['md', 'markdown', 'rst', 'adoc', 'txt', 'html'],
    ['j2', 'jinja', 'jinja2', 'tmpl', 'tpl', 'template', 'mustache', 'hbs', 'ejs', 'erb', 'in', 'gotmpl'],
    ['bak', 'orig', 'old', 'rej', 'patch', 'diff', 'swp'],
    ['sh', 'bash', 'ps1', 'py', 'yml', 'yaml', 'json', 'toml', 'lock', 'log'],
].flat());
/** A name the Dockerfile globs matched that is a Dockerfile indeed (see NOT_DOCKERFILE_EXTENSIONS). */
export function isDockerfileName(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    const dot = name.lastIndexOf('.');
    return !name.endsWith('~') && (dot === -1 || !NOT_DOCKERFILE_EXTENSIONS.has(name.slice(dot + 1).toLowerCase()));
}
/** Listed in the same crawl, for the DirIndex: ignore files and config files (ours and hadolint's). */
const INDEXED_NAMES = ['.gitignore', ...SEARCH_PLACES, ...HADOLINT_CONFIG_NAMES];
const INDEXED_GLOBS = INDEXED_NAMES.map((name) => `**/${name}`);
export async function discover(operands, options) {
    const files = [];
    const explicit = new Set();
    const errors = [];
    const index = new DirIndex();
    // Named ignore files are read up front, so a missing one is an error before anything is processed.
    const explicitIgnores = await readIgnoreFiles(options);
    let filter = null;
    const lazyFilter = (root) => async (path) => (filter ??= await ignoreFilter(options, explicitIgnores, index))(path, root);
    for (const operand of operands) {
        let found;
        try {
            found = await expandOperand(operand, options.cwd, lazyFilter, explicit, index);
        }
        catch (error) {
            const e = error;
            const message = e.code === 'ENOENT' ? 'no such file or directory' : e.message;
            errors.push({ path: operand, kind: 'unreadable', message });
            continue;
        }
        if (found.length === 0 && options.errorOnUnmatchedPattern)
            errors.push({ path: operand, kind: 'unmatched', message: 'no Dockerfiles found' });
        files.push(...found);
    }
    return { files: [...new Set(files)], explicit, errors, index };
}
async function expandOperand(operand, cwd, filterFor, explicit, index) {
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
        const dockerfiles = matches.filter(isDockerfileName);
        return sorted(await kept(dockerfiles, (f) => resolve(cwd, f), filterFor(resolve(cwd, staticPrefix(operand)))));
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
    const matches = crawled.filter((m) => !isIndexed(m) && isDockerfileName(m));
    return sorted(await kept(matches.map((m) => join(operand, m)), (f) => resolve(cwd, f), filterFor(absolute)));
}
/** The directory part of a glob before its first pattern character (`apps/*\/Dockerfile` → `apps`). */
function staticPrefix(pattern) {
    const parts = pattern.split('/');
    const firstDynamic = parts.findIndex((p) => /[*?[\]{}()!+@]/.test(p));
    return parts.slice(0, firstDynamic === -1 ? parts.length - 1 : firstDynamic).join('/') || '.';
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
/** The ignore files named in the options, or the default one when none is named and it exists. */
async function readIgnoreFiles(options) {
    if (options.ignorePaths === undefined) {
        const path = resolve(options.cwd, DEFAULT_IGNORE_FILE);
        return statSync(path, { throwIfNoEntry: false })?.isFile() ? [await readIgnoreFile(path)] : [];
    }
    const files = [];
    for (const path of options.ignorePaths) {
        try {
            files.push(await readIgnoreFile(resolve(options.cwd, path)));
        }
        catch (error) {
            const e = error;
            throw new SquashError('config', `ignore file ${path}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
        }
    }
    return files;
}
/**
 * `.gitignore` files as git reads them: each applies to its own directory and below. They are read lazily from
 * the file's directory upwards: up to the working directory for a file under it, else up to the directory the
 * operand named, so a repository given by its absolute path is filtered as it is when run inside it.
 */
async function ignoreFilter(options, explicit, index) {
    const { default: ignore } = await import('ignore');
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
    return async (absolutePath, root) => {
        if (explicit.some((f) => ignoredBy(f, absolutePath)))
            return true;
        const top = isWithin(absolutePath, cwd) ? cwd : root;
        for (let dir = dirname(absolutePath);; dir = dirname(dir)) {
            const rules = await gitignoreOf(dir);
            const fromDir = relative(dir, absolutePath).split(sep).join('/');
            if (rules && rules.ignores(fromDir))
                return true;
            if (dir === top || dir === dirname(dir) || !isWithin(dir, top))
                break;
        }
        return false;
    };
}
function isWithin(path, dir) {
    return path === dir || path.startsWith(dir.endsWith(sep) ? dir : dir + sep);
}
