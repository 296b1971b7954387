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
/**
 * Base images whose `yum` is dnf (yum 4+ is a link to dnf-3 or dnf5), with its cache in /var/cache/dnf or
 * /var/cache/libdnf5: RHEL and UBI 8+ and their rebuilds (Rocky, Alma, Oracle Linux), CentOS 8 and Stream 8+
 * (also sclorg's `-c9s` builds), Fedora 22+, Amazon Linux 2023. Matched on the reference FROM names.
 */
export const YUM_IS_DNF = [
    // ubi8, ubi9/ubi-minimal, registry.access.redhat.com/ubi9/s2i-base, ubi10-minimal, registry.redhat.io/rhel9/…
    /(^|\/)(ubi|rhel)([89]|[1-9]\d)([-/:@]|$)/,
    // rockylinux:8.9, quay.io/rockylinux/rockylinux:9, almalinux:9-minimal, oraclelinux:9-slim, centos:8,
    // centos:centos8, quay.io/centos/centos:stream9-minimal
    /(^|\/)(rockylinux|almalinux|oraclelinux|centos)(\/[\w.-]+)?:(centos|stream)?([89]|[1-9]\d)([-.@]|$)/,
    // spack/rockylinux8, almalinux/9-base
    /(^|\/)(rockylinux|almalinux)[/-]?([89]|[1-9]\d)([-/:@.]|$)/,
    // quay.io/sclorg/s2i-core-c9s:c9s, s2i-base-c8s
    /-c([89]|[1-9]\d)s([:@]|$)/,
    // fedora, fedora:39, registry.fedoraproject.org/fedora-minimal:40, quay.io/fedora/s2i-core:38, …/f32/s2i-base
    /(^|\/)fedora(-minimal)?(:(latest|rawhide|2[2-9]|[3-9]\d)([-.@]|$)|@|$)/,
    /(^|\/)fedora\/[\w.-]+:(2[2-9]|[3-9]\d)([-.@]|$)/,
    /(^|\/)f(2[2-9]|[3-9]\d)\//,
    // amazonlinux:2023 (amazonlinux:2 is yum 3)
    /(^|\/)amazonlinux:20(2[2-9]|[3-9]\d)/,
];
/**
 * `cacheDirs`: what `clean all` empties (and a removal of which does the same); `ownCacheDir`: yum 3's cache,
 * which its own advice removes after `clean all`; `aliasCaches`: what `clean all` empties where the program is
 * another one's alias (yum as dnf), which a mount must not cover either.
 */
function rpmManager(id, names, cacheDirs, ownCacheDir, hadolint, aliasCaches = []) {
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
                paths: [...cacheDirs, ...aliasCaches],
                // Repository metadata (makecache, or any install) and downloaded packages.
                writtenBy: ['install', 'update'],
                // dnf(8)/yum(8) `--downloadonly`: download the packages into the cache without installing them.
                filledOnPurposeBy: ['--downloadonly'],
            },
            ...(ownCacheDir
                ? [
                    {
                        // yum itself says so after `clean all`: "Maybe you want: rm -rf /var/cache/yum, to also free up
                        // space taken by orphaned data from disabled or removed repos". Only yum's own cache directory.
                        id: 'cache-dir',
                        command: `rm -rf ${ownCacheDir}`,
                        doneBy: [{ kind: 'remove', path: ownCacheDir }],
                        paths: [ownCacheDir],
                        writtenBy: ['install', 'update'],
                        // A RUN that already runs `yum clean all` is written the way the docs say: leave it.
                        skipIfDone: ['clean'],
                        filledOnPurposeBy: ['--downloadonly'],
                        // Where yum is dnf, nothing writes /var/cache/yum: the removal would delete nothing.
                        uselessOnBase: YUM_IS_DNF,
                    },
                ]
                : []),
        ],
        hadolintTeardownCodes: hadolint,
        source: `${names[0]}(8) \`clean all\`; hadolint ${hadolint.join(', ')}`,
    };
}
const DNF_CACHES = ['/var/cache/dnf', '/var/cache/libdnf5'];
// Where yum is dnf, `yum clean all` empties dnf's cache: a mount over it is a cache kept on purpose there too.
export const yum = rpmManager('yum', ['yum'], ['/var/cache/yum'], '/var/cache/yum', ['DL3032'], DNF_CACHES);
export const dnf = rpmManager('dnf', ['dnf', 'dnf5', 'dnf-3'], DNF_CACHES, null, ['DL3040']);
export const microdnf = rpmManager('microdnf', ['microdnf'], ['/var/cache/yum', ...DNF_CACHES], null, ['DL3040']);
export const tdnf = rpmManager('tdnf', ['tdnf'], ['/var/cache/tdnf'], null, []);
