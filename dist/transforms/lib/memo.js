/**
 * Get-or-compute for the transforms' memo caches. Their answers are pure functions of an object that lives as
 * long as a Document or longer (a shell analysis shared between passes, a command, a descriptor), so they are
 * kept in a WeakMap keyed by it and go with it. A cached answer is never undefined.
 */
/**
 * The answer kept for `key`, computed the first time it is asked. Hot callers pass a module-level `compute` of the
 * key alone, so that asking again allocates nothing.
 */
export function remember(cache, key, compute) {
    let value = cache.get(key);
    if (value === undefined)
        cache.set(key, (value = compute(key)));
    return value;
}
/** The same with two keys: per `key`, a Map of the answers about it per `inner` (a manager, a step, a question). */
export function rememberPer(cache, key, inner, compute) {
    const answers = remember(cache, key, newMap);
    let value = answers.get(inner);
    if (value === undefined)
        answers.set(inner, (value = compute(key, inner)));
    return value;
}
const newMap = () => new Map();
