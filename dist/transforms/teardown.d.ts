import type { Transform } from '../src/transform.js';
export declare const teardown: Transform;
