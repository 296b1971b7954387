/** pip (any spelling) and uv. pipenv and poetry are different tools with other caches and are not matched here. */
import type { PackageManager } from './types.js';
export declare const pip: PackageManager;
export declare const uv: PackageManager;
