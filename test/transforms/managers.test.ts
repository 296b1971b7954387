import { beforeAll, describe, expect, test } from '@jest/globals';
import { initShellParser, squashSync } from '../../src/index.js';
import { lines, rewrite } from '../support/squash.js';

beforeAll(() => initShellParser());

const unchanged = (text: string, options = {}) => expect(squashSync(text, options).output).toBe(text);

describe('grouping by manager', () => {
  test('a RUN of the same package work joins the span from the lists to the install that can delete them', () => {
    const out = rewrite(
      lines(
        'FROM d',
        'RUN apt-get update',
        'RUN pip install --no-cache-dir x',
        'RUN apt-get install -y python3-pip && pip install --no-cache-dir y',
        'RUN pip install --no-cache-dir z',
      ),
    );
    // The last RUN leaves no cache and no RUN after it deletes anything: merging it would save no byte.
    expect(out.match(/^RUN /gm)).toHaveLength(2);
    expect(out).toMatch(/^RUN apt-get update \\\n {4}&& pip install --no-cache-dir x/m);
    expect(out).toMatch(/^RUN pip install --no-cache-dir z$/m);
  });

  test('RUNs of different managers stay apart', () => {
    const out = rewrite(lines('FROM d', 'RUN apk add --no-cache a', 'RUN npm ci && npm cache clean --force'));
    expect(out.match(/^RUN /gm)).toHaveLength(2);
  });

  test('a separate clean-up RUN right after the group is folded into it', () => {
    expect(rewrite(lines('FROM d', 'RUN conda install -y a', 'RUN conda clean -a -y'))).toBe(
      lines('FROM d', 'RUN conda install -y a \\', '    && conda clean -a -y'),
    );
    expect(rewrite(lines('FROM d', 'RUN apk update && apk add --no-cache a', 'RUN rm -rf /var/cache/apk/*'))).toBe(
      lines('FROM d', 'RUN apk update && apk add --no-cache a \\', '    && rm -rf /var/cache/apk/*'),
    );
  });

  test('teardowns are appended once per manager, in order of first use', () => {
    const out = rewrite(lines('FROM d', 'RUN apt-get update && apt-get install -y nodejs npm && npm ci'));
    expect(out).toBe(
      lines(
        'FROM d',
        'RUN apt-get update && apt-get install -y nodejs npm && npm ci \\',
        '    && apt-get clean \\',
        '    && rm -rf /var/lib/apt/lists/* \\',
        '    && npm cache clean --force',
      ),
    );
  });
});

describe('no-cache-flag', () => {
  test.each([
    ['pip install x', 'pip install --no-cache-dir x'],
    ['pip3.12 install -r r.txt', 'pip3.12 install --no-cache-dir -r r.txt'],
    ['python3 -m pip install x', 'python3 -m pip install --no-cache-dir x'],
    ['/usr/local/bin/python -m pip install -U pip', '/usr/local/bin/python -m pip install --no-cache-dir -U pip'],
    ['sudo pip install x', 'sudo pip install --no-cache-dir x'],
    ['uv pip install x', 'uv pip install --no-cache x'],
    ['uv sync --frozen', 'uv sync --no-cache --frozen'],
    ['apk add curl', 'apk add --no-cache curl'],
    ['apk -U upgrade', 'apk -U upgrade --no-cache'],
  ])('%s', (before, after) => {
    expect(rewrite(lines('FROM d', `RUN ${before}`), { only: ['no-cache-flag'] })).toBe(
      lines('FROM d', `RUN ${after}`),
    );
  });

  test.each([
    ['already there', ['RUN pip install --no-cache-dir x']],
    ['ENV in the stage', ['ENV PIP_NO_CACHE_DIR=1', 'RUN pip install x']],
    ['ENV inherited from the stage it is built FROM', ['ENV PIP_NO_CACHE_DIR=on', 'FROM 0', 'RUN pip install x']],
    ['ARG default', ['ARG UV_NO_CACHE=true', 'RUN uv pip install x']],
    ['on the command', ['RUN PIP_NO_CACHE_DIR=yes pip install x']],
    ['a cache mount on the cache dir', ['RUN --mount=type=cache,target=/root/.cache/pip pip install x']],
    ['a cache mount on a non-root home', ['RUN --mount=type=cache,target=/home/app/.cache pip install x']],
    ['hadolint DL3042', ['# hadolint ignore=DL3042', 'RUN pip install x']],
    ['pipenv and poetry are not pip', ['RUN pipenv install && poetry install']],
    ['pip that does not install', ['RUN pip freeze && pip --version']],
    ['apk cache mount', ['RUN --mount=type=cache,target=/var/cache/apk apk add x']],
    ['pip cache purge afterwards', ['RUN pip install x && pip cache purge']],
    ['python -m pip cache purge afterwards', ['RUN python3 -m pip install x && python3 -m pip cache purge']],
    ['the whole ~/.cache removed afterwards', ['RUN pip install x && rm -rf /root/.cache']],
    ['~/.cache/pip removed afterwards', ['RUN pip install x && rm -rf ~/.cache/pip']],
    ['uv cache clean afterwards', ['RUN uv pip install x && uv cache clean']],
  ])('not when %s', (_name, body) => unchanged(lines('FROM d', ...body), { only: ['no-cache-flag'] }));

  // The index `apk update` writes stays either way, also where a later reader keeps the teardown from removing it
  // (here a build stage that does not ship): the flag would save no byte.
  test.each([
    ['before the install', 'RUN apk update && apk add curl'],
    ['after it', 'RUN apk add curl; apk -q update'],
    ['before an upgrade', 'RUN apk update \\\n  && apk upgrade'],
  ])('not with apk update in the RUN, %s', (_name, run) =>
    unchanged(lines('FROM d AS base', run, 'FROM base AS b', 'RUN apk add g++', 'FROM base', 'COPY --from=b /x /x'), {
      only: ['no-cache-flag'],
    }),
  );

  test('a falsy PIP_NO_CACHE_DIR does not disable it', () => {
    expect(
      rewrite(lines('FROM d', 'ENV PIP_NO_CACHE_DIR=0', 'RUN pip install x'), { only: ['no-cache-flag'] }),
    ).toContain('--no-cache-dir');
  });
});

describe('teardown per manager', () => {
  test.each([
    ['yum install -y a', 'yum clean all \\\n    && rm -rf /var/cache/yum'],
    ['dnf -y install a', 'dnf clean all'],
    ['dnf5 install -y a', 'dnf5 clean all'],
    ['microdnf install -y a', 'microdnf clean all'],
    ['tdnf install -y a', 'tdnf clean all'],
    ['zypper -n in a', 'zypper clean --all'],
    ['conda install -y a', 'conda clean --all --yes'],
    ['/opt/conda/bin/conda env create -f env.yml', '/opt/conda/bin/conda clean --all --yes'],
    ['mamba install -y a', 'mamba clean --all --yes'],
    ['micromamba create -y -n x a', 'micromamba clean --all --yes'],
    ['npm install -g a', 'npm cache clean --force'],
    ['yarn', 'yarn cache clean'],
    ['composer install', 'composer clear-cache'],
    ['php composer.phar install', 'php composer.phar clear-cache'],
    ['./composer.phar install', './composer.phar clear-cache'],
    ['php /usr/local/bin/composer require a/b', 'php /usr/local/bin/composer clear-cache'],
    [
      'sudo -E apt-get update && sudo -E apt-get install -y a',
      'sudo -E apt-get clean \\\n    && sudo -E rm -rf /var/lib/apt/lists/*',
    ],
    [
      'sudo apt-get update && sudo apt-get install -y a',
      'sudo apt-get clean \\\n    && sudo rm -rf /var/lib/apt/lists/*',
    ],
    ['doas apk update && doas apk add --no-cache a', 'doas rm -rf /var/cache/apk/*'],
    ['sudo -u node npm ci', 'sudo -u node npm cache clean --force'],
    ['npm_config_cache=/tmp/npm npm ci', 'npm_config_cache=/tmp/npm npm cache clean --force'],
    ['sudo npm_config_cache=/c npm ci', 'sudo npm_config_cache=/c npm cache clean --force'],
    ['env DEBIAN_FRONTEND=noninteractive yum install -y a', 'yum clean all \\\n    && rm -rf /var/cache/yum'],
    ['apk update && apk add --no-cache a', 'rm -rf /var/cache/apk/*'],
    ['bash Miniconda3-latest-Linux-x86_64.sh -b', '~/miniconda3/bin/conda clean --all --yes'],
    ['bash Miniconda3-latest-Linux-x86_64.sh -bfp /opt/conda', '/opt/conda/bin/conda clean --all --yes'],
    ['sh Miniforge3.sh -b -u -p /opt/forge/', '/opt/forge/bin/conda clean --all --yes'],
    ['./Miniforge3.sh -bp/srv/conda', '/srv/conda/bin/conda clean --all --yes'],
    ['bash Miniconda3.sh -p /a -bp /b', '/b/bin/conda clean --all --yes'],
  ])('%s', (command, teardownText) => {
    expect(rewrite(lines('FROM d', `RUN ${command}`), { only: ['teardown'] })).toBe(
      lines('FROM d', `RUN ${command} \\`, `    && ${teardownText}`),
    );
  });

  test.each([
    ['yum clean all', 'yum install -y a && yum clean all'],
    ['rm of the dnf5 cache', 'dnf install -y a && rm -rf /var/cache/libdnf5/*'],
    ['zypper cc -a', 'zypper in a && zypper cc -a'],
    ['conda clean -afy', 'conda install -y a && conda clean -afy'],
    ['npm cache clean', 'npm ci && npm cache clean --force'],
    ['rm -rf ~/.npm', 'npm ci && rm -rf ~/.npm'],
    ['rm -rf $HOME/.npm', 'npm ci && rm -rf $HOME/.npm'],
    ['rm -rf /root/.npm', 'npm ci && rm -rf /root/.npm'],
    ['yarn cache clean', 'yarn install && yarn cache clean'],
    ['apk add without update leaves no index', 'apk add --no-cache a'],
    ['gem: its only cache is a few gemspecs, and ~/.gem can hold the gems', 'gem install a'],
    ['gem --user-install', 'gem install --user-install a'],
    ['pnpm: the store is referenced by the install (hard links)', 'pnpm install --frozen-lockfile'],
    ['apt-get distclean', 'apt-get install -y a && apt-get distclean'],
    ['apt dist-clean', 'apt-get install -y a && apt dist-clean'],
    [
      'find … -delete of the lists',
      'apt-get install -y a && find /var/lib/apt/lists /var/cache/apt -mindepth 1 -delete',
    ],
    ['dnf clean all after yum install', 'yum install -y a && dnf clean all'],
    ['composer by interpreter, already clean', 'php composer.phar install && php composer.phar clear-cache'],
    ['a relative program after a cd', './composer.phar install && cd /'],
    ['a script in the working directory after a cd', 'php composer.phar install && cd public'],
    ['a cache variable that only the build knows', 'npm_config_cache=$CACHE npm ci'],
    ['yarn install --immutable (Yarn 2+)', 'yarn install --immutable'],
    ['yarn --immutable-cache --check-cache', 'yarn --immutable-cache --check-cache'],
    ['yarn install --mode=skip-build', 'yarn install --mode=skip-build'],
    ['yarn workspaces focus', 'yarn workspaces focus --production'],
  ])('nothing when %s', (_name, command) => unchanged(lines('FROM d', `RUN ${command}`), { only: ['teardown'] }));

  test('yarn berry: no cache clean-up (the cache is the install under Plug-n-Play)', () => {
    unchanged(lines('FROM d', 'RUN corepack enable', 'COPY .yarnrc.yml .', 'RUN yarn install'), { only: ['teardown'] });
  });

  test('under a non-root USER, a cache clean-up runs as that user, on its own cache', () => {
    expect(rewrite(lines('FROM d', 'USER node', 'RUN npm ci'), { only: ['teardown'] })).toBe(
      lines('FROM d', 'USER node', 'RUN npm ci \\', '    && npm cache clean --force'),
    );
    const install = 'RUN sudo apt-get update && sudo apt-get install -y a';
    expect(rewrite(lines('FROM d', 'USER vscode', install), { only: ['teardown'] })).toBe(
      lines(
        'FROM d',
        'USER vscode',
        `${install} \\`,
        '    && sudo apt-get clean \\',
        '    && sudo rm -rf /var/lib/apt/lists/*',
      ),
    );
  });

  test.each([
    ['ENV', ['ENV PIP_CACHE_DIR=/var/cache/pip', 'RUN --mount=type=cache,target=/var/cache/pip pip install x']],
    ['ARG through ENV', ['ARG C=/c', 'ENV PIP_CACHE_DIR=$C', 'RUN --mount=type=cache,target=/c pip install x']],
    ['XDG_CACHE_HOME', ['ENV XDG_CACHE_HOME=/xdg', 'RUN --mount=type=cache,target=/xdg/pip pip install x']],
    ['the command prefix', ['RUN --mount=type=cache,target=/uv UV_CACHE_DIR=/uv uv pip install x']],
    ['an export earlier in the RUN', ['RUN --mount=type=cache,target=/c export PIP_CACHE_DIR=/c && pip install x']],
    ['--cache-dir', ['RUN --mount=type=cache,target=/c pip install --cache-dir=/c x']],
    ['an unknown value and a mount', ['RUN --mount=type=cache,target=/c PIP_CACHE_DIR=$X pip install x']],
    ['npm_config_cache', ['ENV npm_config_cache=/npm', 'RUN --mount=type=cache,target=/npm npm ci']],
    ['YARN_CACHE_FOLDER', ['ENV YARN_CACHE_FOLDER=/y', 'RUN --mount=type=cache,target=/y yarn install']],
    [
      'COMPOSER_HOME',
      ['ENV COMPOSER_HOME=/composer', 'RUN --mount=type=cache,target=/composer/cache composer install'],
    ],
    ['CONDA_PKGS_DIRS', ['ENV CONDA_PKGS_DIRS=/pkgs', 'RUN --mount=type=cache,target=/pkgs conda install -y x']],
  ])('a cache mount where %s moves the cache: no flag, no clean-up', (_name, body) =>
    unchanged(lines('FROM d', ...body)),
  );

  test('a mount elsewhere does not stop the flag', () => {
    expect(
      rewrite(lines('FROM d', 'ENV PIP_CACHE_DIR=/p', 'RUN --mount=type=cache,target=/other pip install x')),
    ).toContain('pip install --no-cache-dir x');
  });

  test.each([
    'bash Miniconda3.sh -b -p=/opt/conda',
    'bash Miniconda3.sh -b -p "$CONDA_DIR"',
    'bash Miniconda3.sh -bp $CONDA_DIR',
    'bash Miniconda3.sh -b $INSTALL_FLAGS',
    'bash Miniconda3.sh -b -p',
  ])('no conda clean-up by a guessed prefix: `%s`', (command) => {
    unchanged(lines('FROM d', `RUN ${command}`), { only: ['teardown'] });
  });

  test.each([
    'conda install --download-only -y a',
    'conda create -n e --download-only -y a && conda clean --index-cache -y',
    'dnf install -y --downloadonly a',
    'yum install --downloadonly -y a',
    'zypper --non-interactive install --download-only a',
    'zypper -n in a && zypper -n download b',
    'npm ci && npm cache add b@2',
    'composer install --download-only',
    'apk update && apk add a && apk cache download',
    'apk update && apk add --no-cache a && apk cache sync',
  ])('no clean-up of a cache the RUN fills on purpose: `%s`', (command) => {
    unchanged(lines('FROM d', `RUN ${command}`), { only: ['teardown'], unsafe: true });
  });

  test('apt --download-only keeps the downloaded packages, not the lists', () => {
    for (const install of ['apt-get install --download-only -y a', 'apt-get -d install -y a', 'apt-get install -yd a'])
      expect(rewrite(lines('FROM d', `RUN apt-get update && ${install}`), { only: ['teardown'] })).toBe(
        lines('FROM d', `RUN apt-get update && ${install} \\`, '    && rm -rf /var/lib/apt/lists/*'),
      );
  });

  test.each(['/scripts/cleanup.sh', 'sh /tmp/clean-layer.sh', 'install_clean', './docker-clean-up.sh'])(
    "the author's clean-up script `%s` after the last install is the teardown",
    (script) => {
      unchanged(lines('FROM d', `RUN apt-get update && apt-get install -y a && ${script}`), { only: ['teardown'] });
    },
  );

  test('an ENV pointing into a cache path keeps it (conda pkgs dir configured on purpose)', () => {
    unchanged(lines('FROM d', 'ENV CONDA_PKGS_DIRS=/opt/conda/pkgs', 'RUN conda install -y a'), { only: ['teardown'] });
  });

  test('apk: the index stays when a later RUN adds packages without --no-cache and without update', () => {
    const out = rewrite(lines('FROM d', 'RUN apk update && apk add --no-cache a', 'COPY . .', 'RUN apk add b'), {
      only: ['teardown'],
    });
    expect(out).not.toContain('rm -rf /var/cache/apk');
  });
});

describe('unsafe fixes are held back unless --unsafe', () => {
  test('apt --no-install-recommends, conda --force-pkgs-dirs, gem --no-document', () => {
    const input = lines('FROM d', 'RUN apt-get install -y a && conda install -y b && gem install c');
    const safe = squashSync(input);
    expect(safe.output).not.toMatch(/no-install-recommends|force-pkgs-dirs|no-document/);
    expect(safe.heldBack.map((f) => f.ruleId).sort()).toEqual(['slim-install', 'slim-install', 'teardown']);
    const unsafe = squashSync(input, { unsafe: true });
    expect(unsafe.output).toContain('apt-get install --no-install-recommends -y a');
    expect(unsafe.output).toContain('gem install --no-document c');
    expect(unsafe.output).toContain('conda clean --force-pkgs-dirs --yes');
    expect(unsafe.heldBack).toEqual([]);
  });

  test('only apt-get and apt get --no-install-recommends (aptitude rejects it)', () => {
    unchanged(lines('FROM d', 'RUN aptitude install -y a'), { unsafe: true, only: ['slim-install'] });
    expect(rewrite(lines('FROM d', 'RUN apt install -y a'), { unsafe: true, only: ['slim-install'] })).toContain(
      'apt install --no-install-recommends -y a',
    );
  });

  test('hadolint DL3015 keeps recommends', () => {
    unchanged(lines('FROM d', '# hadolint ignore=DL3015,DL3009', 'RUN apt-get install -y a'), {
      unsafe: true,
      only: ['slim-install', 'teardown'],
    });
  });
});

describe('yum on a base where it is dnf: `yum clean all` only (no `rm -rf /var/cache/yum`, which deletes nothing)', () => {
  const YUM_ONLY = ['RUN yum install -y git \\', '    && yum clean all'];
  const YUM_3 = ['RUN yum install -y git \\', '    && yum clean all \\', '    && rm -rf /var/cache/yum'];

  test.each([
    'registry.access.redhat.com/ubi9/ubi',
    'ubi8/s2i-base:1',
    'registry.access.redhat.com/ubi8:latest',
    'redhat/ubi9',
    'ubi10-minimal:latest',
    'registry.redhat.io/rhel9/rhel-bootc',
    'rockylinux:8.9',
    'spack/rockylinux8:latest',
    'quay.io/rockylinux/rockylinux:9',
    'almalinux:9',
    'oraclelinux:9-slim',
    'centos:8',
    'centos:centos8',
    'quay.io/centos/centos:stream9-minimal',
    'quay.io/sclorg/s2i-core-c9s:c9s',
    'quay.io/sclorg/s2i-core-c8s',
    'fedora',
    'registry.fedoraproject.org/fedora:37',
    'quay.io/fedora/fedora-minimal:42',
    'quay.io/fedora/s2i-core:38',
    'registry.fedoraproject.org/f32/s2i-base:latest',
    'amazonlinux:2023',
  ])('%s', (image) => {
    expect(rewrite(lines(`FROM ${image}`, 'RUN yum install -y git'))).toBe(lines(`FROM ${image}`, ...YUM_ONLY));
  });

  test.each([
    'centos:centos7',
    'centos:7.9.2009',
    'centos',
    'centos/centos:latest',
    'registry.access.redhat.com/rhel7',
    'amazonlinux:2',
    'amazonlinux:2.0.20240610.1',
    'fedora:21',
    'oraclelinux:7-slim',
    'clefos:7.7.1908',
    'myorg/rhel-tools:9',
    '$BASE_IMAGE',
  ])('%s: yum 3, or not known, gets both', (image) => {
    expect(rewrite(lines(`FROM ${image}`, 'RUN yum install -y git'))).toBe(lines(`FROM ${image}`, ...YUM_3));
  });

  test('through the FROM chain and a global ARG', () => {
    const input = lines('ARG BASE=rockylinux:9', 'FROM ${BASE} AS base', 'FROM base', 'RUN yum install -y git');
    expect(rewrite(input)).toBe(lines('ARG BASE=rockylinux:9', 'FROM ${BASE} AS base', 'FROM base', ...YUM_ONLY));
  });

  test("a cache mount over dnf's cache is over yum's there", () => {
    unchanged(lines('FROM ubi9', 'RUN --mount=type=cache,target=/var/cache/dnf yum install -y git'));
    unchanged(lines('FROM ubi9', 'RUN --mount=type=cache,target=/var/cache/libdnf5 yum install -y git'));
  });
});
