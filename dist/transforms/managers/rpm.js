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
/** Every name of the yum/dnf line: on RHEL/Fedora 8+ `yum` is dnf, so `dnf clean all` after `yum install` is the same. */
const DNF_LINE = ['yum', 'dnf', 'dnf5', 'dnf-3', 'microdnf'];
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
        // A .repo file or a signing key added by hand: the manager's state, so the RUN belongs in its group.
        sourceSetup: { paths: ['/etc/yum.repos.d', '/etc/pki/rpm-gpg', '/etc/dnf', '/etc/tdnf'], urls: [] },
        teardown: [
            {
                // yum(8)/dnf(8)/dnf5-clean(8)/microdnf/tdnf `clean all`: "all temporary repository data" (packages,
                // metadata, dbcache), wherever the configuration puts the cache.
                id: 'clean',
                command: Object.fromEntries(names.map((n) => [n, `${n} clean all`]).concat([['default', `${names[0]} clean all`]])),
                doneBy: [
                    {
                        kind: 'subcommand',
                        names: names.includes('tdnf') ? names : DNF_LINE,
                        subcommands: ['clean'],
                        withArgs: ['all'],
                    },
                    ...cacheDirs.map((path) => ({ kind: 'remove', path })),
                ],
                paths: cacheDirs,
                // Repository metadata (makecache, or any install) and downloaded packages.
                writtenBy: ['install', 'update'],
                // dnf(8)/yum(8) `--downloadonly`: download the packages into the cache without installing them.
                filledOnPurposeBy: ['--downloadonly'],
            },
            ...(removeCache
                ? [
                    {
                        // yum itself says so after `clean all`: "Maybe you want: rm -rf /var/cache/yum, to also free up
                        // space taken by orphaned data from disabled or removed repos". Only yum's own cache directory.
                        id: 'cache-dir',
                        command: `rm -rf ${cacheDirs[0]}`,
                        doneBy: cacheDirs.map((path) => ({ kind: 'remove', path })),
                        paths: cacheDirs,
                        writtenBy: ['install', 'update'],
                        // A RUN that already runs `yum clean all` is written the way the docs say: leave it.
                        skipIfDone: ['clean'],
                        filledOnPurposeBy: ['--downloadonly'],
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
