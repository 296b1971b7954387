import type { PackageManager } from './types.js';
export declare const apk: PackageManager;
