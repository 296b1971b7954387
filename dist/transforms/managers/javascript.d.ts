/** npm, yarn (classic) and pnpm. */
import type { PackageManager } from './types.js';
export declare const npm: PackageManager;
export declare const yarn: PackageManager;
export declare const pnpm: PackageManager;
