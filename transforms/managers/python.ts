/** pip (any spelling) and uv. pipenv and poetry are different tools with other caches and are not matched here. */
import type { PackageManager } from './types.js';

export const pip: PackageManager = {
  id: 'pip',
  commands: [
    {
      names: ['pip', 'pip2', 'pip3', 'pip3.8', 'pip3.9', 'pip3.10', 'pip3.11', 'pip3.12', 'pip3.13', 'pip3.14'],
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
      cachePaths: ['~/.cache/pip', '~/.cache'],
      hadolintCodes: ['DL3042'],
    },
  ],
  teardown: [],
  hadolintTeardownCodes: [],
  source: 'pip docs "Caching" (`--no-cache-dir`, PIP_NO_CACHE_DIR); hadolint DL3042',
};

export const uv: PackageManager = {
  id: 'uv',
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
      cachePaths: ['~/.cache/uv', '~/.cache'],
    },
  ],
  teardown: [],
  hadolintTeardownCodes: [],
  source: 'uv docs "Caching" (`--no-cache`, UV_NO_CACHE)',
};
