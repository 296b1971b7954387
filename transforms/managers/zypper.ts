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
  // A repository file added by hand: zypper's state, so the RUN belongs in its group.
  sourceSetup: { paths: ['/etc/zypp'], urls: [] },
  teardown: [
    {
      // zypper(8) `clean --all`: the package cache and the (raw) metadata cache under /var/cache/zypp. A bare
      // `zypper clean` removes only downloaded packages, which zypper does not keep unless a repository says so
      // (keeppackages): the metadata stays, so it does not count as this step.
      id: 'clean',
      command: 'zypper clean --all',
      doneBy: [
        { kind: 'subcommand', names: ['zypper'], subcommands: ['clean', 'cc'], withArgs: ['--all', '-a'] },
        { kind: 'remove', path: '/var/cache/zypp' },
      ],
      completes: { partial: { kind: 'subcommand', names: ['zypper'], subcommands: ['clean', 'cc'] }, option: '--all' },
      paths: ['/var/cache/zypp'],
      // Repository metadata (refresh, or any install) and downloaded packages.
      writtenBy: ['install', 'update'],
      // zypper(8) `install --download-only`, and `download`, which puts the packages into the package cache.
      filledOnPurposeBy: ['--download-only', 'download'],
    },
  ],
  hadolintTeardownCodes: ['DL3036'],
  source: 'zypper(8) `clean --all` (metadata, raw metadata and packages); hadolint DL3036',
};
