export const npm = {
    id: 'npm',
    commands: [
        {
            names: ['npm'],
            optionsWithValue: ['--prefix', '-C', '--registry', '--cache', '-w', '--workspace', '--omit', '--include'],
            subcommands: {
                install: ['install', 'i', 'ci', 'add', 'in', 'isntall', 'update', 'up', 'install-ci-test', 'cit'],
                clean: ['cache'],
            },
            defaultRole: 'other',
        },
    ],
    teardown: [
        {
            id: 'cache',
            command: 'npm cache clean --force',
            doneBy: [
                { kind: 'subcommand', names: ['npm'], subcommands: ['cache'], withArgs: ['clean'] },
                { kind: 'remove', path: '~/.npm' },
                { kind: 'remove', path: '~/.npm/_cacache' },
            ],
            paths: ['~/.npm/_cacache'],
            writtenBy: ['install'],
            readLaterWith: ['--offline', '--prefer-offline'],
        },
    ],
    hadolintTeardownCodes: [],
    source: 'npm docs `npm cache clean --force` (the cache is ~/.npm/_cacache); node official image',
};
export const yarn = {
    id: 'yarn',
    commands: [
        {
            names: ['yarn'],
            optionsWithValue: ['--cwd', '--cache-folder', '--modules-folder', '--network-timeout'],
            subcommands: { install: ['install', 'add', 'global add', 'upgrade'], clean: ['cache'] },
            defaultRole: 'other',
            bareRole: 'install',
        },
    ],
    teardown: [
        {
            id: 'cache',
            command: 'yarn cache clean',
            doneBy: [
                { kind: 'subcommand', names: ['yarn'], subcommands: ['cache'], withArgs: ['clean'] },
                { kind: 'remove', path: '/usr/local/share/.cache/yarn' },
                { kind: 'remove', path: '~/.cache/yarn' },
            ],
            paths: ['/usr/local/share/.cache/yarn', '~/.cache/yarn'],
            writtenBy: ['install'],
            readLaterWith: ['--offline', '--prefer-offline'],
        },
    ],
    // Yarn 2+ (berry) keeps its cache in the project (.yarn/cache), and with Plug'n'Play those archives ARE the
    // installed packages: `yarn cache clean` would delete the dependencies. Any sign of berry turns the teardown off.
    teardownUnsafeWhen: /corepack|yarn\s+set\s+version|\.yarnrc\.yml|yarn\s+dlx|\.yarn\/(cache|releases)|yarn@[2-9]|yarnPath/,
    hadolintTeardownCodes: ['DL3060'],
    source: 'yarn classic docs `yarn cache clean`; hadolint DL3060; yarn berry docs "Offline cache" (cache inside the project)',
};
export const pnpm = {
    id: 'pnpm',
    commands: [
        {
            names: ['pnpm'],
            optionsWithValue: ['--dir', '-C', '--filter', '-F', '--store-dir'],
            subcommands: { install: ['install', 'i', 'add', 'update', 'up', 'fetch'], clean: ['store'] },
            defaultRole: 'other',
        },
    ],
    teardown: [
        {
            id: 'store',
            command: 'pnpm store prune',
            doneBy: [{ kind: 'subcommand', names: ['pnpm'], subcommands: ['store'], withArgs: ['prune'] }],
            paths: ['~/.local/share/pnpm/store', '/pnpm/store'],
            writtenBy: ['install'],
            readLaterWith: ['--offline', '--prefer-offline'],
        },
    ],
    hadolintTeardownCodes: [],
    source: 'pnpm docs `pnpm store prune` (removes packages no project references)',
};
