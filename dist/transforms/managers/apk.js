export const apk = {
    id: 'apk',
    commands: [
        {
            names: ['apk'],
            groupNameOptions: ['-t', '--virtual'],
            optionsWithValue: [
                '-X',
                '--repository',
                '-p',
                '--root',
                '-t',
                '--virtual',
                '--arch',
                '--keys-dir',
                '--repositories-file',
            ],
            subcommands: {
                install: ['add', 'upgrade', 'fix'],
                update: ['update'],
                query: ['search', 'info', 'fetch', 'list', 'policy', 'dot'],
                clean: ['cache'],
                remove: ['del'],
            },
            defaultRole: 'other',
        },
    ],
    // `/etc/apk/repositories` and `/etc/apk/keys` edited by hand: apk's state, so the RUN belongs in apk's group.
    sourceSetup: { paths: ['/etc/apk'], urls: [] },
    flags: [
        {
            transform: 'no-cache-flag',
            flag: '--no-cache',
            subcommands: ['add', 'upgrade'],
            // `--no-network` installs from what is already there: nothing is downloaded, so nothing is cached.
            presentAs: ['--no-cache', '--no-network'],
            applicability: 'safe',
            cachePaths: ['/var/cache/apk', '/etc/apk/cache'],
            // A RUN that runs `apk update` gets the index removed anyway, and with it the package cache where one is
            // configured (Alpine wiki "Local APK cache": /etc/apk/cache links to /var/cache/apk).
            redundantWithSteps: ['index'],
            // Without a configured package cache (none in the Alpine images) `--no-cache` keeps out only the index,
            // which an `apk update` in the same RUN writes anyway: there only the index removal saves bytes.
            redundantWithRoles: ['update'],
            hadolintCodes: ['DL3019'],
        },
    ],
    teardown: [
        {
            // `apk update` writes the index (APKINDEX.*.tar.gz) to /var/cache/apk even when no package cache is
            // configured; `apk add --no-cache` does not need it. Appending the removal keeps the author's commands
            // intact, where deleting `apk update` from the chain would rewrite them.
            id: 'index',
            command: 'rm -rf /var/cache/apk/*',
            doneBy: [
                // The index files and cached packages lie directly in /var/cache/apk: `rm /var/cache/apk/*` removes them.
                { kind: 'remove', path: '/var/cache/apk', flat: true },
                { kind: 'subcommand', names: ['apk'], subcommands: ['cache'], withArgs: ['clean', 'purge'] },
            ],
            paths: ['/var/cache/apk'],
            writtenBy: ['update'],
            // apk-cache(8) `download`/`sync`: fill the package cache (/etc/apk/cache, often /var/cache/apk) on purpose.
            filledOnPurposeBy: ['cache download', 'cache sync'],
            neededByLaterUse: true,
            refreshCommand: 'apk update',
        },
    ],
    hadolintTeardownCodes: ['DL3019'],
    source: 'apk(8) `--no-cache`; Alpine wiki "Local APK cache" (/var/cache/apk); hadolint DL3019',
};
