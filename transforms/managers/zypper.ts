import type { PackageManager } from './types.js';

export const zypper: PackageManager = {
  id: 'zypper',
  commands: [
    {
      names: ['zypper'],
      optionsWithValue: ['--root', '-R', '--reposd-dir', '--cache-dir', '--raw-cache-dir', '-D', '-C'],
      subcommands: {
        install: [
          'install',
          'in',
          'update',
          'up',
          'dist-upgrade',
          'dup',
          'patch',
          'source-install',
          'si',
          'install-new-recommends',
          'inr',
        ],
        update: ['refresh', 'ref'],
        clean: ['clean', 'cc'],
        remove: ['remove', 'rm'],
        query: ['search', 'se', 'info', 'if'],
      },
      defaultRole: 'other',
    },
  ],
  teardown: [
    {
      id: 'clean',
      command: 'zypper clean --all',
      doneBy: [
        { kind: 'subcommand', names: ['zypper'], subcommands: ['clean', 'cc'], withArgs: ['--all', '-a'] },
        { kind: 'remove', path: '/var/cache/zypp' },
      ],
      paths: ['/var/cache/zypp'],
      // Repository metadata (refresh, or any install) and downloaded packages.
      writtenBy: ['install', 'update'],
    },
  ],
  hadolintTeardownCodes: ['DL3036'],
  source: 'zypper(8) `clean --all` (metadata, raw metadata and packages); hadolint DL3036',
};
