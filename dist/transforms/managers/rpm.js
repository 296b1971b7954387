const INSTALL = [
    'install',
    'in',
    'reinstall',
    'rei',
    'update',
    'up',
    'upgrade',
    'upgrade-minimal',
    'up-min',
    'update-minimal',
    'distro-sync',
    'dsync',
    'groupinstall',
    'groupupdate',
    'localinstall',
    'builddep',
    'module install',
    'group install',
    'swap',
    'downgrade',
];
const OPTIONS_WITH_VALUE = [
    '--setopt',
    '--enablerepo',
    '--disablerepo',
    '--installroot',
    '--releasever',
    '-c',
    '--config',
    '-x',
    '--exclude',
];
function rpmManager(id, names, cacheDirs, removeCache, hadolint) {
    return {
        id,
        commands: [
            {
                names,
                optionsWithValue: OPTIONS_WITH_VALUE,
                subcommands: {
                    install: INSTALL,
                    update: ['makecache', 'check-update'],
                    clean: ['clean'],
                    remove: ['remove', 'erase', 'rm', 'autoremove', 'groupremove'],
                    query: ['search', 'info', 'list', 'provides', 'repoquery'],
                },
                defaultRole: 'other',
            },
        ],
        teardown: [
            {
                id: 'clean',
                command: Object.fromEntries(names.map((n) => [n, `${n} clean all`]).concat([['default', `${names[0]} clean all`]])),
                doneBy: [
                    { kind: 'subcommand', names, subcommands: ['clean'], withArgs: ['all'] },
                    ...cacheDirs.map((path) => ({ kind: 'remove', path })),
                ],
                paths: cacheDirs,
                // Repository metadata (makecache, or any install) and downloaded packages.
                writtenBy: ['install', 'update'],
            },
            ...(removeCache
                ? [
                    {
                        // `yum clean all` keeps the directories of disabled repositories and some metadata.
                        id: 'cache-dir',
                        command: `rm -rf ${cacheDirs[0]}`,
                        doneBy: cacheDirs.map((path) => ({ kind: 'remove', path })),
                        paths: cacheDirs,
                        writtenBy: ['install', 'update'],
                        // A RUN that already runs `yum clean all` is written the way the docs say: leave it.
                        skipIfDone: ['clean'],
                    },
                ]
                : []),
        ],
        hadolintTeardownCodes: hadolint,
        source: `${names[0]}(8) \`clean all\`; hadolint ${hadolint.join(', ')}`,
    };
}
export const yum = rpmManager('yum', ['yum'], ['/var/cache/yum'], true, ['DL3032']);
export const dnf = rpmManager('dnf', ['dnf', 'dnf5', 'dnf-3'], ['/var/cache/dnf', '/var/cache/libdnf5'], false, [
    'DL3040',
]);
export const microdnf = rpmManager('microdnf', ['microdnf'], ['/var/cache/yum', '/var/cache/dnf', '/var/cache/libdnf5'], false, ['DL3040']);
export const tdnf = rpmManager('tdnf', ['tdnf'], ['/var/cache/tdnf'], false, []);
