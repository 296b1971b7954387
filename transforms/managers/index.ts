import { apt } from './apt.js';
import type { PackageManager } from './types.js';

/** Every manager the transforms know, in the order teardowns are reported. */
export const MANAGERS: readonly PackageManager[] = [apt];
