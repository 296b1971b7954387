import type { PackageManager } from './types.js';
export declare const apt: PackageManager;
