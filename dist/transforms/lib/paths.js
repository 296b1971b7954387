export function normalisePath(path) {
    // Most words are already normal (no `//`, no trailing `/`, `/*` or `/.`): every transform asks for each one.
    if (!path.includes('//') && !hasTrailingSlashPart(path))
        return path;
    let p = path.replace(/\/+/g, '/');
    while (p.length > 1 && (p.endsWith('/') || p.endsWith('/*') || p.endsWith('/.'))) {
        p = p.endsWith('/') ? p.slice(0, -1) : p.slice(0, -2);
    }
    return p;
}
function hasTrailingSlashPart(path) {
    const last = path[path.length - 1];
    return last === '/' || ((last === '*' || last === '.') && path[path.length - 2] === '/');
}
/**
 * True when removing or mounting `outer` also covers `inner`. An `inner` under `~` (a per-user cache) is
 * covered by the same path under `/root` or any `/home/<user>`: the build may run as any user.
 */
export function covers(outer, inner) {
    return coversNormal(normalisePath(outer), normalisePath(inner));
}
/** covers() for paths already normalised: for a caller that compares one path with many, or many with one. */
export function coversNormal(o, i) {
    if (i.startsWith('~/') && !(o === '~' || o.startsWith('~/'))) {
        const home = /^(\/root|\/home\/[^/]+)(\/.*)?$/.exec(o);
        return o === '/' || (home !== null && covers('~' + (home[2] ?? ''), i));
    }
    return o === i || o === '/' || i.startsWith(o + '/');
}
/** The commands that remove paths (a CleanupMatcher of kind 'remove' matches their paths): no other one does. */
export const PATH_REMOVERS = new Set(['rm', 'find']);
/**
 * The paths a recursive `rm` deletes (with `flat`, also the `DIR/*` a plain `rm` empties of files). A glob counts only when unquoted (a quoted `*` is a file named `*`),
 * and only when its wildcard is the whole last component (`dir/*`), which means "everything in dir".
 * With `variables`, a path that starts with one variable is kept as written (`"$COMPOSER_HOME"/cache` as
 * `$COMPOSER_HOME/cache`), for the caller to compare with where that variable points.
 */
export function removedPaths(command, variables = false, flat = false) {
    if (command.name === null || !PATH_REMOVERS.has(command.name))
        return [];
    if (command.name === 'find')
        return variables ? [] : foundAndDeleted(command);
    let recursive = false;
    const paths = [];
    let endOfOptions = false;
    for (const word of command.args) {
        const v = staticPath(word) ?? (variables ? variablePath(word) : null);
        if (v === null)
            continue;
        if (!endOfOptions && v === '--') {
            endOfOptions = true;
        }
        else if (!endOfOptions && v.startsWith('--')) {
            if (v === '--recursive')
                recursive = true;
        }
        else if (!endOfOptions && v.startsWith('-') && v.length > 1) {
            if (/[rR]/.test(v))
                recursive = true;
        }
        else if (isLiteralOrContentsGlob(v, word)) {
            paths.push(v);
        }
    }
    // A plain `rm DIR/*` deletes every file in DIR, which empties a directory known to hold files only.
    return recursive ? paths : flat ? paths.filter((p) => p.endsWith('/*')) : [];
}
/** Tests that select by depth or file type only: with them, `find DIR … -delete` still empties DIR of every file. */
const WHOLESALE_TESTS = new Map([
    ['-mindepth', 1],
    ['-maxdepth', 1],
    ['-type', 1],
    ['-depth', 0],
    ['-xdev', 0],
    ['-mount', 0],
]);
/**
 * `find DIR [-mindepth N] [-type f] -delete` (or `-exec rm -rf {} +`): every file under DIR goes. Any other test
 * (`-name '*.pyc'`, `-mtime +1`) selects some files only, so the directory does not count as removed.
 */
function foundAndDeleted(command) {
    const args = command.args.map((a) => staticPath(a));
    const first = args.findIndex((a) => a === null || a.startsWith('-') || a === '(' || a === '!');
    const roots = (first === -1 ? args : args.slice(0, first));
    if (first === -1 || args[first] === null)
        return [];
    let deletes = false;
    for (let i = first; i < args.length; i++) {
        const a = args[i];
        if (a === '-delete')
            deletes = true;
        else if (a === '-exec' &&
            args[i + 1] === 'rm' &&
            args.slice(i + 2).some((x) => x !== null && /^-[a-zA-Z]*[rR]/.test(x))) {
            deletes = true;
            const end = args.findIndex((x, j) => j > i && (x === ';' || x === '+'));
            if (end === -1)
                return [];
            i = end;
        }
        else if (a !== null && WHOLESALE_TESTS.has(a))
            i += WHOLESALE_TESTS.get(a);
        else
            return [];
    }
    return deletes ? roots : [];
}
function isLiteralOrContentsGlob(value, word) {
    const globless = value.endsWith('/*') ? value.slice(0, -2) : value;
    if (/[*?[]/.test(globless))
        return false;
    return !(value.endsWith('/*') && /\*["']$/.test(word.raw));
}
/** A word's value with `~`, `$HOME` and `${HOME}` kept as `~` (builds run as root unless USER says otherwise). */
export function staticPath(word) {
    if (word.value !== null)
        return word.value;
    const home = /^(?:\$HOME|\$\{HOME\}|"\$HOME"|"\$\{HOME\}")(\/[^$`"'\\]*)?$/.exec(word.raw);
    return home ? '~' + (home[1] ?? '') : null;
}
/** `$NAME`, `${NAME}` or either in double quotes, then an optional literal path: `$NAME/rest`; else null. */
function variablePath(word) {
    const m = /^(")?\$(?:(\w+)|\{(\w+)\})(\/[^$`"'\\*?[]*)?\1(\/[^$`"'\\*?[]*)?(\/\*)?$/.exec(word.raw);
    if (!m || (m[4] && m[5]))
        return null;
    return `$${m[2] ?? m[3]}${m[4] ?? m[5] ?? ''}${m[6] ?? ''}`;
}
