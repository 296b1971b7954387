/** RubyGems and Composer. Bundler is left alone: its install path and its cache can be the same directory. */
import type { PackageManager } from './types.js';
/**
 * No clean-up. The only cache `gem install` writes outside the install is the spec cache (Gem.spec_cache_dir:
 * ~/.gem/specs, else $XDG_DATA_HOME/gem/specs or, since RubyGems 3.5.5, $XDG_CACHE_HOME/gem/specs, or
 * GEM_SPEC_CACHE), which `gem sources --clear-all` empties. It holds a few compressed gemspecs per installed gem,
 * not worth a hunk. `rm -rf ~/.gem`, the official ruby images' clean-up after `gem update --system`, is not a
 * cache removal in general: with `--user-install`, `-i ~/.gem` or a GEM_HOME/GEM_PATH/BUNDLE_PATH under ~/.gem
 * (set in the file or by a base image) it deletes the installed gems.
 */
export declare const gem: PackageManager;
export declare const composer: PackageManager;
