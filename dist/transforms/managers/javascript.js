export const npm = {
    id: 'npm',
    // npm docs, config `cache`: default ~/.npm (the running user's home), set by npm_config_cache (read in any case)
    // or --cache; the content-addressable cache itself is its _cacache folder.
    cacheLocation: {
        env: [
            { name: 'npm_config_cache', subdir: '_cacache' },
            { name: 'NPM_CONFIG_CACHE', subdir: '_cacache' },
        ],
        options: ['--cache'],
    },
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
            // npm docs, `npm cache clean --force`: deletes the _cacache folder of the configured cache. npm never
            // installs into it (packages go to node_modules or the global prefix), so it holds no installed package.
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
            // npm docs, `npm cache add`: "a way to add data to the local installation cache explicitly".
            filledOnPurposeBy: ['cache add'],
        },
    ],
    hadolintTeardownCodes: [],
    source: 'npm docs `npm cache clean --force` (the cache is ~/.npm/_cacache); node official image',
};
export const yarn = {
    id: 'yarn',
    // yarn classic docs, `yarn cache dir`: ~/.cache/yarn (/usr/local/share/.cache/yarn for root), moved by
    // YARN_CACHE_FOLDER or --cache-folder.
    cacheLocation: {
        env: [{ name: 'YARN_CACHE_FOLDER' }, { name: 'XDG_CACHE_HOME', subdir: 'yarn' }],
        options: ['--cache-folder'],
    },
    commands: [
        {
            names: ['yarn'],
            optionsWithValue: ['--cwd', '--cache-folder', '--modules-folder', '--network-timeout', '--mode'],
            subcommands: { install: ['install', 'add', 'global add', 'upgrade', 'workspaces focus'], clean: ['cache'] },
            defaultRole: 'other',
            bareRole: 'install',
        },
    ],
    teardown: [
        {
            // yarn classic docs, `yarn cache clean`: empties the global cache; installs live in node_modules.
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
    // Yarn 2+ (berry) keeps its cache in the project (.yarn/cache), or in a global folder that Plug'n'Play reads the
    // packages from: either way the cache IS the install there, and `yarn cache clean` deletes the dependencies.
    // Any sign of berry in the stage turns the teardown off: its files and settings (yarn berry docs, .yarnrc.yml,
    // yarnPath, YARN_* settings that classic does not have), corepack, or a berry-only command or flag.
    teardownUnsafeWhen: /corepack|yarn\s+set\s+version|\.yarnrc\.yml|yarn\s+dlx|\.yarn\/(cache|releases|plugins|sdks|unplugged|berry)|\.pnp\.c?js|yarn@([2-9]|stable|berry|canary)|yarnPath|YARN_(ENABLE_|NODE_LINKER|GLOBAL_FOLDER|PNP_)/,
    teardownUnsafeWith: ['--immutable', '--immutable-cache', '--check-cache', '--mode', 'workspaces focus'],
    hadolintTeardownCodes: ['DL3060'],
    source: 'yarn classic docs `yarn cache clean`, `yarn cache dir`; hadolint DL3060; yarn berry docs "Offline cache", `yarn install` (--immutable, --mode), `enableGlobalCache`',
};
/**
 * No clean-up: pnpm docs, `pnpm store prune` "removes unreferenced packages from the store", and right after an
 * install every package in the store is referenced by it. node_modules is made of hard links into the store, so
 * deleting the store would not free their bytes either. The commands are known so that pnpm RUNs merge.
 */
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
    teardown: [],
    hadolintTeardownCodes: [],
    source: 'pnpm docs `pnpm store prune` (removes only packages no project references); "Motivation" (hard links)',
};
