/** npm, yarn (classic) and pnpm. Each clean-up is the manager's own command, which follows its configured cache. */
import type { PackageManager } from './types.js';
export declare const npm: PackageManager;
export declare const yarn: PackageManager;
/**
 * No clean-up: pnpm docs, `pnpm store prune` "removes unreferenced packages from the store", and right after an
 * install every package in the store is referenced by it. node_modules is made of hard links into the store, so
 * deleting the store would not free their bytes either. The commands are known so that pnpm RUNs merge.
 */
export declare const pnpm: PackageManager;
