import { covers, removedPaths } from '../lib/paths.js';
/** The cache directories of this use (`~` for the home directory), or null when a variable moves it out of sight. */
export function cacheDirsOf(ins, use, manager, defaults) {
    const location = manager.cacheLocation;
    if (!location)
        return defaults;
    const dirs = [...defaults];
    for (const { name, subdir } of location.env) {
        const value = envAt(ins, use, name);
        if (value === undefined)
            continue;
        // CONDA_PKGS_DIRS is a comma-separated list; an empty value means the default.
        for (const part of (value ?? '').split(',')) {
            if (value !== null && part === '')
                continue;
            const dir = value === null ? null : expand(part, ins.env);
            if (dir === null)
                return null;
            dirs.push(subdir ? `${dir}/${subdir}` : dir);
        }
    }
    for (const option of location.options ?? []) {
        const args = use.args;
        for (let i = 0; i < args.length; i++) {
            const v = args[i].value;
            const value = v === option
                ? args[i + 1]
                : v?.startsWith(option + '=')
                    ? { ...args[i], value: v.slice(option.length + 1) }
                    : null;
            if (!value)
                continue;
            const dir = value.value === null ? null : expand(value.value, ins.env);
            if (dir === null)
                return null;
            dirs.push(dir);
        }
    }
    return dirs;
}
/**
 * A cache, tmpfs or bind mount at, above or below the cache of this use, wherever it lives (deleting the cache
 * would empty the mount, or part of it); or any such mount, when the cache or the mount's place is unknown.
 */
export function cacheIsMounted(ins, use, manager, defaults) {
    if (ins.run.mounts.length === 0)
        return false;
    const targets = ins.run.mounts.map((m) => targetOf(m, ins.env)).filter((t) => t !== undefined);
    if (targets.length === 0)
        return false;
    const dirs = cacheDirsOf(ins, use, manager, defaults);
    if (dirs === null || targets.includes(null))
        return true;
    return targets.some((t) => dirs.some((d) => covers(t, d) || covers(d, t)));
}
const FILLED_MOUNTS = ['cache', 'tmpfs', 'bind'];
/**
 * Where a cache, tmpfs or bind mount lands, read as BuildKit reads the flag: quotes removed, ENV and ARG values
 * expanded (dockerfile 1.3+), `$HOME` as `~` (the builder expands it to nothing unless an ENV sets it, but the
 * author meant the home directory, as everywhere else in the file). null: only the build knows (an ARG without a
 * default), so it may be over the cache. undefined: no such mount.
 */
function targetOf(mount, env) {
    const options = new Map(Object.entries(mount.options).map(([k, v]) => [unquote(k), unquote(v)]));
    if (!FILLED_MOUNTS.includes(options.get('type') ?? 'bind'))
        return undefined;
    const target = options.get('target') ?? options.get('dst') ?? options.get('destination');
    if (target === undefined)
        return undefined;
    return target.includes('$') ? expand(target, env) : target;
}
/** `"/root/.npm"`, or a whole flag value in quotes (`--mount="type=cache,target=/root/.npm"`), without them. */
const unquote = (text) => text.replace(/["']/g, '');
/**
 * The environment moved the cache of this use, and one of `commands` removes it where it was moved to, by the
 * same variable (`export COMPOSER_HOME="$(mktemp -d)"; composer install; rm -rf "$COMPOSER_HOME"`) or by its
 * path (`ENV COMPOSER_HOME=/tmp/composer` … `rm -rf /tmp/composer`). Every variable that moves it must be
 * removed so (COMPOSER_CACHE_DIR wins over COMPOSER_HOME), each seen with the value the install saw.
 */
export function removesMovedCache(ins, use, manager, commands) {
    const moved = (manager.cacheLocation?.env ?? []).filter((e) => envSourceAt(ins, use.command, e.name) !== undefined);
    if (moved.length === 0)
        return false;
    return moved.every(({ name, subdir }) => {
        const source = envSourceAt(ins, use.command, name);
        const value = envAt(ins, use, name);
        const dir = value === null || value === undefined ? null : expand(value, ins.env);
        const within = (base) => (subdir ? `${base}/${subdir}` : base);
        return commands.some((c) => envSourceAt(ins, c, name) === source &&
            removedPaths(c, true).some((r) => covers(r, within(`$${name}`)) || (dir !== null && covers(r, within(dir)))));
    });
}
/** Where the variable's value for the command comes from: its own prefix, an `export` in the RUN, or the stage. */
function envSourceAt(ins, command, name) {
    const own = command.assignments.filter((a) => a.name === name).pop();
    if (own)
        return own;
    const exported = ins.run.shell.exports.filter((e) => e.name === name && e.start < command.start).pop();
    if (exported)
        return exported;
    return ins.env.has(name) ? 'stage' : undefined;
}
/**
 * The value a variable has for the command: its own `VAR=…` prefix, else the last `export` before it in the RUN,
 * else ENV/ARG of the stage. undefined: not set; null: set to a value only known when the build runs.
 */
function envAt(ins, use, name) {
    const own = use.command.assignments.filter((a) => a.name === name).pop();
    if (own)
        return own.value;
    const exported = ins.run.shell.exports.filter((e) => e.name === name && e.start < use.command.start).pop();
    if (exported)
        return exported.value;
    return ins.env.has(name) ? ins.env.get(name) : undefined;
}
/**
 * A value as the builder or the shell would expand it: `$HOME`/`${HOME}` is kept as `~`, other variables are
 * taken from ENV/ARG; null when something is left that only the build knows.
 */
function expand(value, env, depth = 0) {
    let unknown = false;
    const out = value.replace(/\$(?:\{(\w+)\}|(\w+))/g, (_, braced, plain) => {
        const name = (braced ?? plain);
        if (name === 'HOME' && !env.has('HOME'))
            return '~';
        const v = env.get(name);
        const expanded = v === undefined || v === null || depth > 4 ? null : expand(v, env, depth + 1);
        if (expanded === null)
            unknown = true;
        return expanded ?? '';
    });
    if (unknown || /[$`]/.test(out))
        return null;
    return out.startsWith('/') || out.startsWith('~') ? out : null;
}
