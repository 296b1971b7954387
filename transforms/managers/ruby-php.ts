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
export const gem: PackageManager = {
  id: 'gem',
  commands: [
    {
      names: ['gem'],
      optionsWithValue: ['-v', '--version', '-i', '--install-dir', '-n', '--bindir', '--source', '-s', '--platform'],
      subcommands: { install: ['install', 'update'], clean: ['cleanup'] },
      defaultRole: 'other',
    },
  ],
  flags: [
    {
      transform: 'slim-install',
      flag: '--no-document',
      subcommands: ['install', 'update'],
      presentAs: ['--no-document', '-N', '--no-ri', '--no-rdoc', '--document'],
      applicability: 'unsafe',
    },
  ],
  teardown: [],
  hadolintTeardownCodes: [],
  source:
    'RubyGems `gem install --no-document`; `gem sources --clear-all` (SourcesCommand#clear_all removes Gem.spec_cache_dir)',
};

export const composer: PackageManager = {
  id: 'composer',
  commands: [
    {
      names: ['composer', 'composer.phar'],
      interpreters: ['php'],
      optionsWithValue: ['-d', '--working-dir'],
      subcommands: {
        install: ['install', 'require', 'update', 'create-project', 'global require', 'upgrade'],
        clean: ['clear-cache', 'clearcache', 'cc'],
      },
      defaultRole: 'other',
    },
  ],
  // Composer docs, "Environment variables": COMPOSER_CACHE_DIR, else COMPOSER_HOME/cache, else
  // $XDG_CACHE_HOME/composer (~/.cache/composer) or ~/.composer/cache.
  cacheLocation: {
    env: [
      { name: 'COMPOSER_CACHE_DIR' },
      { name: 'COMPOSER_HOME', subdir: 'cache' },
      { name: 'XDG_CACHE_HOME', subdir: 'composer' },
    ],
  },
  teardown: [
    {
      // Composer docs, `clear-cache`: "Deletes all content from Composer's cache directories", wherever they are
      // configured; packages are installed into vendor/ (or COMPOSER_HOME/vendor for `global`), never there.
      // Called the way the install was: `php composer.phar clear-cache`, `./composer.phar clear-cache`.
      id: 'cache',
      command: {
        composer: 'composer clear-cache',
        'composer.phar': 'composer.phar clear-cache',
        default: 'composer clear-cache',
      },
      doneBy: [
        { kind: 'subcommand', names: ['composer', 'composer.phar'], subcommands: ['clear-cache', 'clearcache', 'cc'] },
        { kind: 'remove', path: '~/.composer/cache' },
        { kind: 'remove', path: '~/.cache/composer' },
      ],
      // The official composer image sets COMPOSER_HOME=/tmp, so its cache is /tmp/cache.
      paths: ['~/.composer/cache', '~/.cache/composer', '/tmp/cache'],
      writtenBy: ['install'],
      // Composer docs, `install --download-only`: "Download only, do not install packages" (into the cache).
      filledOnPurposeBy: ['--download-only'],
    },
  ],
  hadolintTeardownCodes: [],
  source: 'Composer docs `clear-cache` and "Environment variables" (COMPOSER_CACHE_DIR, COMPOSER_HOME)',
};
