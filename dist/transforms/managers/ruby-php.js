export const gem = {
    id: 'gem',
    commands: [
        {
            names: ['gem'],
            optionsWithValue: ['-v', '--version', '-i', '--install-dir', '-n', '--bindir', '--source', '-s', '--platform'],
            subcommands: { install: ['install', 'update'], clean: ['cleanup'] },
            defaultRole: 'other',
        },
    ],
    flags: [
        {
            transform: 'slim-install',
            flag: '--no-document',
            subcommands: ['install', 'update'],
            presentAs: ['--no-document', '-N', '--no-ri', '--no-rdoc', '--document'],
            applicability: 'unsafe',
        },
    ],
    teardown: [
        {
            // The official ruby images end `gem update --system` with `rm -r /root/.gem/`: the remote spec cache.
            // A user install (`--user-install`, or GEM_HOME under ~/.gem) keeps the gems themselves there.
            id: 'spec-cache',
            command: 'rm -rf ~/.gem',
            doneBy: [{ kind: 'remove', path: '~/.gem' }],
            paths: ['~/.gem'],
            writtenBy: ['install'],
            skipIfOption: ['--user-install'],
        },
    ],
    hadolintTeardownCodes: [],
    source: 'docker-library/ruby Dockerfiles (`gem update --system … && rm -r /root/.gem/`)',
};
export const composer = {
    id: 'composer',
    commands: [
        {
            names: ['composer', 'composer.phar'],
            optionsWithValue: ['-d', '--working-dir'],
            subcommands: {
                install: ['install', 'require', 'update', 'create-project', 'global require', 'upgrade'],
                clean: ['clear-cache', 'clearcache', 'cc'],
            },
            defaultRole: 'other',
        },
    ],
    teardown: [
        {
            id: 'cache',
            command: 'composer clear-cache',
            doneBy: [
                { kind: 'subcommand', names: ['composer', 'composer.phar'], subcommands: ['clear-cache', 'clearcache', 'cc'] },
                { kind: 'remove', path: '~/.composer/cache' },
                { kind: 'remove', path: '~/.cache/composer' },
            ],
            paths: ['~/.composer/cache', '~/.cache/composer', '/tmp/cache'],
            writtenBy: ['install'],
        },
    ],
    hadolintTeardownCodes: [],
    source: 'Composer docs `clear-cache`; composer official image (COMPOSER_HOME=/tmp, cache in /tmp/cache)',
};
