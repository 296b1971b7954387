import type { Applicability } from '../../src/fix/types.js';
import type { FlagRule } from '../managers/types.js';
import type { Transform } from '../../src/transform.js';
export declare function flagTransform(id: FlagRule['transform'], applicability: Applicability, description: string, explain: string): Transform;
