/**
 * Get-or-compute for the transforms' memo caches. Their answers are pure functions of an object that lives as
 * long as a Document or longer (a shell analysis shared between passes, a command, a descriptor), so they are
 * kept in a WeakMap keyed by it and go with it. A cached answer is never undefined.
 */
/**
 * The answer kept for `key`, computed the first time it is asked. Hot callers pass a module-level `compute` of the
 * key alone, so that asking again allocates nothing.
 */
export declare function remember<K, V>(cache: Cache<K, V>, key: K, compute: (key: K) => V): V;
/** A WeakMap, or a Map for a cache that lives only as long as one question (a stretch of RUNs). */
interface Cache<K, V> {
    get(key: K): V | undefined;
    set(key: K, value: V): unknown;
}
/** The same with two keys: per `key`, a Map of the answers about it per `inner` (a manager, a step, a question). */
export declare function rememberPer<K extends WeakKey, I, V>(cache: WeakMap<K, Map<I, V>>, key: K, inner: I, compute: (key: K, inner: I) => V): V;
export {};
