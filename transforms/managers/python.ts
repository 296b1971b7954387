/** pip (any spelling) and uv. pipenv and poetry are different tools with other caches and are not matched here. */
import type { PackageManager } from './types.js';

const PIP_NAMES = ['pip', 'pip2', 'pip3', 'pip3.8', 'pip3.9', 'pip3.10', 'pip3.11', 'pip3.12', 'pip3.13', 'pip3.14'];

export const pip: PackageManager = {
  id: 'pip',
  // pip docs, "Caching": the cache is in the user cache directory (~/.cache/pip on Linux, under XDG_CACHE_HOME),
  // moved by PIP_CACHE_DIR or --cache-dir.
  cacheLocation: {
    env: [{ name: 'PIP_CACHE_DIR' }, { name: 'XDG_CACHE_HOME', subdir: 'pip' }],
    options: ['--cache-dir'],
  },
  commands: [
    {
      names: PIP_NAMES,
      module: 'pip',
      optionsWithValue: [
        '-r',
        '--requirement',
        '-c',
        '--constraint',
        '-i',
        '--index-url',
        '--extra-index-url',
        '-t',
        '--target',
        '--prefix',
        '--root',
        '-f',
        '--find-links',
        '--trusted-host',
        '--platform',
        '--python-version',
      ],
      subcommands: { install: ['install', 'download', 'wheel'], clean: ['cache'], remove: ['uninstall'] },
      defaultRole: 'other',
    },
  ],
  flags: [
    {
      transform: 'no-cache-flag',
      flag: '--no-cache-dir',
      subcommands: ['install', 'download', 'wheel'],
      presentAs: ['--no-cache-dir', '--no-cache'],
      applicability: 'safe',
      disabledByEnv: ['PIP_NO_CACHE_DIR'],
      cachePaths: ['~/.cache/pip'],
      // `pip cache purge` (pip docs, "pip cache") or a removal of the whole cache directory after the install.
      doneBy: [
        { kind: 'subcommand', names: PIP_NAMES, subcommands: ['cache'], withArgs: ['purge'] },
        { kind: 'remove', path: '~/.cache/pip' },
      ],
      hadolintCodes: ['DL3042'],
    },
  ],
  teardown: [],
  hadolintTeardownCodes: [],
  source: 'pip docs "Caching" (`--no-cache-dir`, PIP_NO_CACHE_DIR); hadolint DL3042',
};

export const uv: PackageManager = {
  id: 'uv',
  // uv docs, "Caching": ~/.cache/uv on Linux (XDG_CACHE_HOME), moved by UV_CACHE_DIR or --cache-dir.
  cacheLocation: {
    env: [{ name: 'UV_CACHE_DIR' }, { name: 'XDG_CACHE_HOME', subdir: 'uv' }],
    options: ['--cache-dir'],
  },
  commands: [
    {
      names: ['uv'],
      optionsWithValue: [
        '-r',
        '--requirement',
        '-p',
        '--python',
        '--index-url',
        '--extra-index-url',
        '--cache-dir',
        '--directory',
        '--project',
      ],
      subcommands: {
        install: ['pip install', 'pip sync', 'sync', 'add', 'tool install'],
        clean: ['cache clean', 'cache prune'],
      },
      defaultRole: 'other',
    },
  ],
  flags: [
    {
      transform: 'no-cache-flag',
      flag: '--no-cache',
      subcommands: ['pip install', 'pip sync', 'sync', 'add', 'tool install'],
      presentAs: ['--no-cache', '-n'],
      applicability: 'safe',
      disabledByEnv: ['UV_NO_CACHE'],
      cachePaths: ['~/.cache/uv'],
      // `uv cache clean` empties the whole cache (`uv cache prune` keeps what is still reachable).
      doneBy: [
        { kind: 'subcommand', names: ['uv'], subcommands: ['cache'], withArgs: ['clean'] },
        { kind: 'remove', path: '~/.cache/uv' },
      ],
    },
  ],
  teardown: [],
  hadolintTeardownCodes: [],
  source: 'uv docs "Caching" (`--no-cache`, UV_NO_CACHE)',
};
