const PROGRAMS = ['conda', 'mamba', 'micromamba'];
/** The same clean-up for whichever of the three programs installed (they share the command line). */
const byProgram = (args) => Object.fromEntries([...PROGRAMS, 'default'].map((p) => [p, `${p === 'default' ? 'conda' : p} ${args}`]));
export const conda = {
    id: 'conda',
    commands: [
        {
            names: PROGRAMS,
            optionsWithValue: ['-n', '--name', '-p', '--prefix', '-c', '--channel', '--file', '-f'],
            subcommands: {
                install: ['install', 'create', 'update', 'upgrade', 'env create', 'env update'],
                clean: ['clean'],
                remove: ['remove', 'uninstall', 'env remove'],
                query: ['search', 'list', 'info'],
            },
            defaultRole: 'other',
        },
    ],
    // conda(1) `--pkgs-dirs`/CONDA_PKGS_DIRS (comma-separated) move the package cache; micromamba keeps it under
    // its root prefix.
    cacheLocation: { env: [{ name: 'CONDA_PKGS_DIRS' }, { name: 'MAMBA_ROOT_PREFIX', subdir: 'pkgs' }] },
    installers: [
        {
            script: /^(Miniconda|Anaconda|Miniforge|Mambaforge)[\w.-]*\.sh$/i,
            prefixOption: '-p',
            defaultPrefix: '~/miniconda3',
            program: 'bin/conda',
        },
    ],
    teardown: [
        {
            // conda docs, `conda clean --all`: index cache, lock files, unused packages, tarballs and logfiles, in the
            // package caches conda is configured with. Packages an environment uses stay (hard links).
            id: 'clean',
            command: byProgram('clean --all --yes'),
            // The older `conda clean -tipsy` (tarballs, index, packages) does the part that matters as well.
            doneBy: [
                {
                    kind: 'subcommand',
                    names: PROGRAMS,
                    subcommands: ['clean'],
                    withArgs: ['--all', '-a', '--tarballs', '-t', '--packages', '-p'],
                },
            ],
            paths: ['/opt/conda/pkgs', '~/.conda/pkgs'],
            writtenBy: ['install'],
            readLaterWith: ['--offline', '--use-index-cache'],
            // conda docs, `install --download-only`: "ensure package caches are populated, but exit prior to unlinking
            // and linking packages into the prefix".
            filledOnPurposeBy: ['--download-only'],
        },
        {
            // Also deletes packages that environments link back to with soft links: breaks such environments.
            id: 'force-pkgs-dirs',
            command: byProgram('clean --force-pkgs-dirs --yes'),
            doneBy: [{ kind: 'subcommand', names: PROGRAMS, subcommands: ['clean'], withArgs: ['--force-pkgs-dirs', '-f'] }],
            paths: ['/opt/conda/pkgs', '~/.conda/pkgs'],
            writtenBy: ['install'],
            filledOnPurposeBy: ['--download-only'],
            applicability: 'unsafe',
        },
    ],
    hadolintTeardownCodes: [],
    source: 'conda docs, `conda clean --all` (index cache, lock files, unused packages, tarballs, logfiles); `--force-pkgs-dirs` "will break environments with packages installed using symlinks back to the package cache"; continuumio/miniconda3 image',
};
