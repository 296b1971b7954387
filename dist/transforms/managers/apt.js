export const apt = {
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
                clean: ['clean', 'autoclean'],
                remove: ['remove', 'purge', 'autoremove'],
            },
            defaultRole: 'other',
        },
        { names: ['apt-cache'], defaultRole: 'query' },
    ],
    teardown: [
        {
            id: 'cache',
            command: 'apt-get clean',
            doneBy: [
                { kind: 'subcommand', names: ['apt-get', 'apt', 'aptitude'], subcommands: ['clean'] },
                { kind: 'remove', path: '/var/cache/apt/archives' },
            ],
            paths: ['/var/cache/apt'],
            // Downloaded .debs, and pkgcache.bin/srcpkgcache.bin, which update and any reader regenerate.
            writtenBy: ['install', 'update', 'query'],
            readLaterWith: ['--no-download'],
            // Official images already clean the archive cache through docker-clean and only remove the lists:
            // a RUN written in that idiom is left as its author wrote it.
            skipIfDone: ['lists'],
        },
        {
            id: 'lists',
            command: 'rm -rf /var/lib/apt/lists/*',
            doneBy: [{ kind: 'remove', path: '/var/lib/apt/lists' }],
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
            subcommands: ['install'],
            presentAs: ['--no-install-recommends', '-o=APT::Install-Recommends=false', '-o=APT::Install-Recommends=0'],
            applicability: 'unsafe',
            hadolintCodes: ['DL3015'],
        },
    ],
    hadolintTeardownCodes: ['DL3009'],
    source: 'Docker docs, "Best practices: apt-get" (clean up the apt cache by removing /var/lib/apt/lists in the same RUN); apt-get(8) `clean`',
};
