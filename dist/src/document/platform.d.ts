export declare function isWindowsImage(image: string, platform: string | null): boolean;
/**
 * `FROM $BASE` / `FROM ${BASE}`: the reference with the global ARG defaults (those before the first FROM)
 * substituted, as the builder does when no --build-arg overrides them. Unknown variables stay as written.
 */
export declare function expandGlobalArgs(image: string, globalArgs: ReadonlyMap<string, string | null>): string;
