import type { Transform } from '../transform.js';
/** `specs` are module paths as the user typed them, resolved against `cwd`. */
export declare function loadTransforms(specs: readonly string[], cwd: string): Promise<Transform[]>;
/** The built-in transforms followed by the custom ones from `specs`; an id may be used once. */
export declare function allTransforms(specs?: readonly string[], cwd?: string): Promise<Transform[]>;
export declare function loadTransform(absolute: string, shown?: string): Promise<Transform>;
/** Why `value` is not a Transform, or null when it is one. */
export declare function checkTransform(value: Partial<Transform> | undefined): string | null;
