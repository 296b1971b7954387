/**
 * RubyGems and Composer. Bundler is left alone: without a writable GEM_HOME it installs into ~/.gem, where a
 * clean-up would delete the gems themselves.
 */
import type { PackageManager } from './types.js';
export declare const gem: PackageManager;
export declare const composer: PackageManager;
