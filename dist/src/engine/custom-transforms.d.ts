import type { Transform } from '../transform.js';
/** `specs` are paths as the user typed them; resolved against `cwd`. Returns absolute paths and transforms. */
export declare function loadTransforms(specs: readonly string[], cwd: string): Promise<Transform[]>;
export declare function loadTransform(absolute: string, shown?: string): Promise<Transform>;
/** Why `value` is not a Transform, or null when it is one. */
export declare function checkTransform(value: Partial<Transform> | undefined): string | null;
