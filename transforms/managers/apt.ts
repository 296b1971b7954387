import type { PackageManager } from './types.js';

export const apt: PackageManager = {
  id: 'apt',
  commands: [
    {
      names: ['apt-get', 'apt', 'aptitude'],
      optionsWithValue: [
        '-o',
        '-t',
        '-c',
        '-a',
        '--option',
        '--target-release',
        '--config-file',
        '--host-architecture',
      ],
      subcommands: {
        install: [
          'install',
          'upgrade',
          'dist-upgrade',
          'full-upgrade',
          'build-dep',
          'reinstall',
          'safe-upgrade',
          'satisfy',
        ],
        update: ['update'],
        query: ['download', 'source', 'search', 'show', 'policy', 'list', 'changelog'],
        clean: ['clean', 'autoclean', 'distclean', 'dist-clean'],
        remove: ['remove', 'purge', 'autoremove'],
      },
      defaultRole: 'other',
    },
    { names: ['apt-cache'], defaultRole: 'query' },
    // Add a repository or its key: apt's state, so the RUN belongs in apt's group (add-apt-repository also
    // refreshes the lists unless -n; counted as neither update nor install, which keeps the lists decisions safe).
    { names: ['add-apt-repository', 'apt-add-repository', 'apt-key'], defaultRole: 'other' },
  ],
  // A sources list or a key written by hand, or a vendor script that adds its repository and runs `apt-get
  // update` (NodeSource's setup_XX.x, packagecloud's script.deb.sh): it fills the lists in its own layer.
  sourceSetup: {
    paths: ['/etc/apt', '/usr/share/keyrings'],
    urls: [/deb\.nodesource\.com\/setup_/, /packagecloud\.io\/install\/repositories\/.+\/script\.deb\.sh/],
  },
  teardown: [
    {
      // apt-get(8) `clean`: "clears out the local repository of retrieved package files … from
      // /var/cache/apt/archives/ and /var/cache/apt/archives/partial/" (and the *.bin caches). Run by apt-get,
      // it follows Dir::Cache wherever the configuration moves it.
      id: 'cache',
      command: 'apt-get clean',
      doneBy: [
        // `distclean` (apt 2.7+, the Debian trixie images' spelling) is `clean` plus the lists.
        {
          kind: 'subcommand',
          names: ['apt-get', 'apt', 'aptitude'],
          subcommands: ['clean', 'distclean', 'dist-clean'],
        },
        { kind: 'remove', path: '/var/cache/apt/archives' },
      ],
      paths: ['/var/cache/apt'],
      // Downloaded .debs, and pkgcache.bin/srcpkgcache.bin, which update and any reader regenerate.
      writtenBy: ['install', 'update', 'query'],
      readLaterWith: ['--no-download'],
      // apt-get(8) `-d, --download-only`: "package files are only retrieved, not unpacked or installed".
      filledOnPurposeBy: ['--download-only', '-d'],
      // Official images already clean the archive cache through docker-clean and only remove the lists:
      // a RUN written in that idiom is left as its author wrote it.
      skipIfDone: ['lists'],
      // The official Debian and Ubuntu images (and every image built on them) delete downloaded .debs after each
      // install (/etc/apt/apt.conf.d/docker-clean): where the lists must stay, `apt-get clean` alone frees nothing.
      onlyWith: ['lists'],
    },
    {
      // Docker docs, "Best practices: apt-get": remove /var/lib/apt/lists in the same RUN. The lists are the
      // index `apt-get update` downloads; installed packages are recorded in /var/lib/dpkg, never here.
      id: 'lists',
      command: 'rm -rf /var/lib/apt/lists/*',
      doneBy: [
        { kind: 'remove', path: '/var/lib/apt/lists' },
        { kind: 'subcommand', names: ['apt-get', 'apt'], subcommands: ['distclean', 'dist-clean'] },
      ],
      // The author's `apt-get clean` with other work after it: left as the author wrote it (see completes).
      completes: { partial: { kind: 'subcommand', names: ['apt-get', 'apt'], subcommands: ['clean'] } },
      paths: ['/var/lib/apt/lists'],
      // Only `apt-get update` downloads them; an install without it reads what an earlier layer holds.
      writtenBy: ['update'],
      neededByLaterUse: true,
      refreshCommand: 'apt-get update',
    },
  ],
  flags: [
    {
      transform: 'slim-install',
      flag: '--no-install-recommends',
      // aptitude has its own spelling (-R, --without-recommends) and rejects this one.
      programs: ['apt-get', 'apt'],
      subcommands: ['install'],
      presentAs: ['--no-install-recommends', '-o=APT::Install-Recommends=false', '-o=APT::Install-Recommends=0'],
      applicability: 'unsafe',
      hadolintCodes: ['DL3015'],
    },
  ],
  hadolintTeardownCodes: ['DL3009'],
  source:
    'Docker docs, "Best practices: apt-get" (clean up the apt cache by removing /var/lib/apt/lists in the same RUN); apt-get(8) `clean`, `distclean` (apt 2.7+)',
};
