/**
 * fast-check generators for Dockerfiles, for the property tests in test/property/.
 *
 * A generated file is built in three layers:
 * 1. shell bodies from a small grammar of realistic commands (every package manager's install and clean-up
 *    commands, state changers such as `cd`/`export`/`set -e`, lists with `;` `&&` `||` `&`, pipes, subshells,
 *    groups, `if`, `for`, quoting, expansions). Inside a body, U+0001 marks a place where the renderer may break
 *    the line with the file's escape character (plus optional comment or blank lines inside the continuation);
 * 2. instructions (FROM with stages, RUN in shell / exec / heredoc form with flags, ENV, ARG, WORKDIR, COPY,
 *    USER, SHELL, comments, blank lines, pragmas), rendered as lines;
 * 3. file-level variation: `# escape=` directive, CRLF, BOM, trailing whitespace, missing final newline,
 *    lower-case keywords.
 *
 * The `harness` profile keeps bodies deterministic under the equivalence harness: no two external commands
 * run concurrently (no `&`, no pipe between two external commands), no endless loops.
 */
import fc from 'fast-check';

export type Profile = 'full' | 'harness';

/** Marks an optional line break inside a RUN body. */
export const BREAK = '\u0001';

const pick = <T>(...values: T[]) => fc.constantFrom(...values);
const weighted = <T>(...entries: [number, fc.Arbitrary<T>][]) =>
  fc.oneof(...entries.map(([weight, arbitrary]) => ({ weight, arbitrary })));

// ─── words ───────────────────────────────────────────────────────────────────────────────────────────────────

const aptPackage = pick('curl', 'ca-certificates', 'git', 'gcc', 'make', 'libssl-dev', 'python3', 'tzdata', 'wget');
const apkPackage = pick('curl', 'bash', 'git', 'build-base', 'openssl-dev', 'tini', 'ca-certificates');
const rpmPackage = pick('curl', 'git', 'gcc', 'make', 'openssl-devel', 'python3', 'which', 'tar');
const pyPackage = pick('requests', 'numpy', 'flask==3.0.0', '"uvicorn[standard]"', 'pandas>=2', 'wheel', 'setuptools');
const npmPackage = pick('typescript', 'pm2', '@angular/cli', 'yarn', 'serve', 'node-gyp');
const gemPackage = pick('bundler', 'rails', 'nokogiri', 'rake');
const condaPackage = pick('numpy', 'python=3.11', 'pandas', 'scipy', 'jupyterlab', 'r-base');
const dir = pick('/app', '/tmp', '/src', '/opt/tool', 'build', '/usr/src/app', '"/opt/my dir"', '$HOME', '/var/www');
const varName = pick('A', 'PATH', 'DEBIAN_FRONTEND', 'LANG', 'VERSION', 'PIP_NO_CACHE_DIR', 'HOME', 'GOPATH');
const value = pick(
  '1',
  'noninteractive',
  'C.UTF-8',
  '"two words"',
  "'single quoted'",
  '/opt/bin:$PATH',
  '${VERSION:-1.0}',
  '""',
);
const echoArg = pick(
  'hello',
  '"hello world"',
  "'a && b; c'",
  '"$HOME"',
  '${VERSION:-x}',
  '"$(uname -m)"',
  '$((1 + 2))',
  'a\\ b',
  '"quote \\" inside"',
  '"#not-a-comment"',
  "'it'\\''s'",
);

function packages(pkg: fc.Arbitrary<string>): fc.Arbitrary<string> {
  // Long package lists are where files break lines: one package per continued line.
  return fc
    .array(pkg, { minLength: 1, maxLength: 4 })
    .chain((ps) => fc.boolean().map((broken) => ps.join(broken ? ` ${BREAK}` : ' ')));
}

const aptGet = pick('apt-get', 'apt-get', 'apt', 'sudo apt-get', 'DEBIAN_FRONTEND=noninteractive apt-get', 'aptitude');
const pip = pick('pip', 'pip3', 'python -m pip', 'python3 -m pip', 'uv pip', '/opt/venv/bin/pip');

/** Install, update, query and clean-up commands of every package manager the tool knows or may learn. */
const managerCommand: fc.Arbitrary<string> = weighted<string>(
  // apt (the manager the engine knows today) is the most frequent.
  [6, fc.tuple(aptGet, pick('update', 'update -qq', '-o Acquire::Retries=3 update')).map(([a, s]) => `${a} ${s}`)],
  [
    8,
    fc
      .tuple(
        aptGet,
        pick(
          'install -y',
          'install -y --no-install-recommends',
          '-yq install',
          'install -qqy',
          'upgrade -y',
          'dist-upgrade -y',
          'build-dep -y',
        ),
        packages(aptPackage),
      )
      .map(([a, s, p]) => `${a} ${s} ${p}`),
  ],
  [
    3,
    pick(
      'apt-get clean',
      'apt clean',
      'rm -rf /var/lib/apt/lists/*',
      'rm -rf /var/lib/apt/lists',
      'rm -fr /var/cache/apt/archives/*',
      'rm -r -f /var/lib/apt/lists/',
      'apt-get autoremove -y',
      'apt-get purge -y --auto-remove gcc',
      'apt-cache policy curl',
      'rm -rf "/var/lib/apt/lists/*"',
      'apt-get -s clean',
    ),
  ],
  // apk
  [
    3,
    fc
      .tuple(
        pick('apk add', 'apk add --no-cache', 'apk add --virtual .build-deps', 'apk --update add', 'apk upgrade'),
        packages(apkPackage),
      )
      .map(([c, p]) => `${c} ${p}`),
  ],
  [1, pick('apk update', 'apk del .build-deps', 'rm -rf /var/cache/apk/*', 'apk cache clean')],
  // dnf / yum / microdnf
  [
    3,
    fc
      .tuple(
        pick(
          'dnf install -y',
          'yum install -y',
          'microdnf install -y',
          'yum -y install',
          'dnf -y --setopt=install_weak_deps=False install',
        ),
        packages(rpmPackage),
      )
      .map(([c, p]) => `${c} ${p}`),
  ],
  [
    1,
    pick(
      'dnf clean all',
      'yum clean all',
      'microdnf clean all',
      'rm -rf /var/cache/yum',
      'rm -rf /var/cache/dnf',
      'dnf makecache',
      'yum update -y',
    ),
  ],
  // zypper
  [
    1,
    fc
      .tuple(pick('zypper --non-interactive install', 'zypper -n in', 'zypper install -y'), packages(rpmPackage))
      .map(([c, p]) => `${c} ${p}`),
  ],
  [1, pick('zypper refresh', 'zypper clean --all', 'zypper -n clean -a')],
  // conda / mamba
  [
    2,
    fc
      .tuple(
        pick(
          'conda install -y',
          'conda install -y -c conda-forge',
          'mamba install -y',
          'micromamba install -y -n base',
          'conda create -y -n env',
        ),
        packages(condaPackage),
      )
      .map(([c, p]) => `${c} ${p}`),
  ],
  [
    1,
    pick(
      'conda clean -afy',
      'conda clean --all -y',
      'mamba clean -a -y',
      'micromamba clean --all --yes',
      'conda env create -f environment.yml',
      'conda update -n base conda',
    ),
  ],
  // pip / uv
  [
    3,
    fc
      .tuple(
        pip,
        pick('install', 'install --no-cache-dir', 'install -U', 'install --upgrade', 'install --user'),
        packages(pyPackage),
      )
      .map(([c, s, p]) => `${c} ${s} ${p}`),
  ],
  [
    1,
    pick(
      'pip install -r requirements.txt',
      'pip install --no-cache-dir -r requirements.txt',
      'uv sync --frozen',
      'pip cache purge',
      'rm -rf /root/.cache/pip',
      'rm -rf ~/.cache/pip',
      'uv cache clean',
      'pip install -e .',
    ),
  ],
  // npm / yarn / pnpm
  [
    2,
    fc
      .tuple(pick('npm install', 'npm install -g', 'npm i --omit=dev', 'yarn add', 'pnpm add'), packages(npmPackage))
      .map(([c, p]) => `${c} ${p}`),
  ],
  [
    1,
    pick(
      'npm ci',
      'npm ci --omit=dev',
      'yarn install --frozen-lockfile',
      'pnpm install --frozen-lockfile',
      'npm cache clean --force',
      'yarn cache clean',
      'pnpm store prune',
      'npm run build',
      'rm -rf /root/.npm',
    ),
  ],
  // gem / bundler
  [1, fc.tuple(pick('gem install', 'gem install --no-document'), packages(gemPackage)).map(([c, p]) => `${c} ${p}`)],
  [
    1,
    pick(
      'bundle install',
      'bundle install --jobs 4',
      'gem cleanup',
      'rm -rf /usr/local/bundle/cache',
      'bundle config set --local without development',
    ),
  ],
  // composer
  [
    1,
    pick(
      'composer install --no-dev',
      'composer install --no-dev --optimize-autoloader',
      'composer require monolog/monolog',
      'composer clear-cache',
      'composer clearcache',
    ),
  ],
);

/** Commands of one manager family, for blocks of RUNs that the tool should merge. */
const families: fc.Arbitrary<string>[] = [
  fc.oneof(
    fc.tuple(aptGet, pick('update', 'update -qq')).map(([a, s]) => `${a} ${s}`),
    fc
      .tuple(aptGet, pick('install -y', 'install -y --no-install-recommends', '-yq install'), packages(aptPackage))
      .map(([a, s, p]) => `${a} ${s} ${p}`),
    pick('apt-get clean', 'rm -rf /var/lib/apt/lists/*', 'apt-get autoremove -y'),
  ),
  fc.oneof(
    fc.tuple(pick('apk add', 'apk add --no-cache', 'apk upgrade'), packages(apkPackage)).map(([c, p]) => `${c} ${p}`),
    pick('apk update', 'rm -rf /var/cache/apk/*'),
  ),
  fc.oneof(
    fc
      .tuple(pick('dnf install -y', 'yum install -y', 'microdnf install -y'), packages(rpmPackage))
      .map(([c, p]) => `${c} ${p}`),
    pick('dnf clean all', 'yum clean all', 'yum update -y'),
  ),
  fc.oneof(
    fc
      .tuple(pip, pick('install', 'install --no-cache-dir', 'install -U'), packages(pyPackage))
      .map(([c, s, p]) => `${c} ${s} ${p}`),
    pick('pip install -r requirements.txt', 'uv sync --frozen'),
  ),
  fc.oneof(
    fc.tuple(pick('npm install -g', 'yarn add', 'pnpm add'), packages(npmPackage)).map(([c, p]) => `${c} ${p}`),
    pick('npm ci', 'yarn install --frozen-lockfile', 'npm cache clean --force'),
  ),
  fc.oneof(
    fc.tuple(pick('conda install -y', 'mamba install -y'), packages(condaPackage)).map(([c, p]) => `${c} ${p}`),
    pick('conda clean -afy'),
  ),
  fc.oneof(
    fc.tuple(pick('gem install'), packages(gemPackage)).map(([c, p]) => `${c} ${p}`),
    pick('bundle install', 'composer install --no-dev'),
  ),
];

/**
 * For each family above, commands that leave the manager's state in their layer (lists, a package cache): a block
 * that starts with one merges because a later RUN of the family can delete that state (or pip and gem, whose
 * caches are flags' business, where the block stays apart).
 */
const familyOpeners: fc.Arbitrary<string>[] = [
  fc.tuple(aptGet, pick('update', 'update -qq')).map(([a, s]) => `${a} ${s}`),
  pick('apk update'),
  fc
    .tuple(pick('dnf install -y', 'yum install -y', 'microdnf install -y', 'yum update -y'), packages(rpmPackage))
    .map(([c, p]) => (c.includes('update') ? c : `${c} ${p}`)),
  fc.tuple(pip, packages(pyPackage)).map(([c, p]) => `${c} install ${p}`),
  pick('npm ci', 'npm install -g pm2', 'yarn install --frozen-lockfile'),
  fc.tuple(pick('conda install -y', 'mamba install -y'), packages(condaPackage)).map(([c, p]) => `${c} ${p}`),
  pick('composer install --no-dev', 'gem install rake'),
];

/** Commands with no package manager. */
const plainCommand: fc.Arbitrary<string> = weighted<string>(
  [3, echoArg.map((a) => `echo ${a}`)],
  [
    3,
    pick(
      'make',
      'make -j"$(nproc)"',
      'make install',
      './configure --prefix=/usr/local',
      'mkdir -p /app/data',
      'chmod +x /usr/local/bin/entrypoint.sh',
      'ln -sf /usr/bin/python3 /usr/bin/python',
      'useradd -m -u 1000 app',
      'ldconfig',
      'true',
      ':',
      'git clone --depth 1 https://github.com/example/repo.git /src',
      'tar -xzf /tmp/x.tar.gz -C /opt',
      'cp -r /src/. /app/',
      "printf '%s\\n' a b",
      'wget -q -O /tmp/x.tgz https://example.com/x.tgz',
      'curl -fsSL https://example.com/install.sh -o /tmp/install.sh',
      'sed -i "s/a b/c/" /etc/x.conf',
      'groupadd -r app',
      'test -f /etc/os-release',
      '[ -d /opt ]',
      'rm -rf /tmp/*',
      'rm -f /tmp/x.tgz',
      'sh -c "echo a; echo b"',
      'go build -o /out/app ./cmd/app',
      'cargo build --release',
      'update-ca-certificates',
      'locale-gen en_US.UTF-8',
    ),
  ],
  [1, pick('sleep 1', 'false', 'exit 0', 'command -v curl', 'type apt-get', 'env')],
);

/** Commands that change the shell state seen by later commands of the same shell. */
const stateCommand: fc.Arbitrary<string> = weighted<string>(
  [4, dir.map((d) => `cd ${d}`)],
  [3, fc.tuple(varName, value).map(([k, v]) => `export ${k}=${v}`)],
  [2, fc.tuple(varName, value).map(([k, v]) => `${k}=${v}`)],
  [
    4,
    pick(
      'set -e',
      'set -eux',
      'set -ex',
      'set -o errexit',
      'set -x',
      'set -o pipefail',
      'set -eu -o pipefail',
      'set +e',
    ),
  ],
  [1, pick('umask 077', 'umask 0022', 'unset A', 'shopt -s nullglob', 'trap "rm -f /tmp/x" EXIT', 'alias ll="ls -l"')],
  [
    1,
    pick(
      '. /etc/os-release',
      'source /etc/profile',
      'f() { echo "in f"; }',
      'pushd /tmp',
      'readonly R=1',
      'ulimit -n 1024',
    ),
  ],
);

/** Simple commands, maybe with a trailing redirection or `|| …`. */
function simpleCommand(profile: Profile): fc.Arbitrary<string> {
  const base = weighted<string>([6, managerCommand], [5, plainCommand], [3, stateCommand]);
  return fc
    .tuple(base, weighted<string>([10, fc.constant('')], [1, pick(' >/dev/null', ' 2>&1', ' > /tmp/log 2>&1')]))
    .map(([c, r]) =>
      c.startsWith('f() ') || c.startsWith('trap') || (profile === 'harness' && c === 'exit 0') ? c : c + r,
    );
}

/** A statement: mostly a simple command, sometimes a compound one (nesting bounded by `depth`). */
function statement(profile: Profile, depth: number): fc.Arbitrary<string> {
  const simple = simpleCommand(profile);
  if (depth <= 0) return simple;
  const inner = list(profile, depth - 1);
  const pipe =
    profile === 'harness'
      ? // `:` writes nothing: a builtin that writes into a stub that never reads races with SIGPIPE under pipefail
        pick('tee /tmp/out', 'grep -q hello', 'sh', 'gpg --import', 'tar -x').map((c) => `: | ${c}`)
      : fc
          .tuple(
            pick(
              'curl -fsSL https://example.com/key.gpg',
              'echo "deb http://x stable main"',
              'cat /etc/os-release',
              'find / -name "*.pyc"',
            ),
            pick(
              'gpg --dearmor -o /usr/share/keyrings/x.gpg',
              'tee /etc/apt/sources.list.d/x.list',
              'grep -q ID',
              'xargs rm -f',
              'sh',
            ),
          )
          .map(([a, b]) => `${a} | ${b}`);
  return weighted<string>(
    [24, simple],
    // pipes: under the harness only a builtin may feed an external command (no concurrent recorded calls)
    [2, pipe],
    [2, inner.map((l) => `(${l})`)],
    [1, inner.map((l) => `( ${l} )`)],
    [2, inner.map((l) => `{ ${l}; }`)],
    [
      2,
      fc
        .tuple(
          pick(
            '[ -f /etc/debian_version ]',
            'command -v apt-get',
            'test -n "$A"',
            '! grep -q x /etc/x',
            '[ "$(uname -m)" = x86_64 ]',
          ),
          inner,
          fc.option(inner),
        )
        .map(([c, t, e]) => `if ${c}; then ${BREAK}${t}; ${e === null ? '' : `${BREAK}else ${e}; `}${BREAK}fi`),
    ],
    [
      1,
      fc
        .tuple(pick('p', 'f'), pick('a b', '"x y" z', '$(ls /tmp)', '/etc/*.conf'), inner)
        .map(([v, items, body]) => `for ${v} in ${items}; do ${BREAK}${body}; ${BREAK}done`),
    ],
    [1, simple.map((s) => `! ${s}`)],
  );
}

/** Statements joined by `&&` (mostly), `;` or `||`. */
function list(profile: Profile, depth: number): fc.Arbitrary<string> {
  const op = weighted<string>([8, fc.constant('&&')], [2, fc.constant(';')], [2, fc.constant('||')]);
  return fc
    .tuple(
      statement(profile, depth),
      fc.array(fc.tuple(op, statement(profile, depth)), { maxLength: depth > 0 ? 2 : 1 }),
    )
    .map(([first, rest]) => first + rest.map(([o, s]) => joinOp(o, s)).join(''));
}

/** `a && b` with a break opportunity on the operator's side chosen by the generator (both styles occur). */
function joinOp(op: string, next: string): string {
  if (op === ';') return `; ${BREAK}${next}`;
  // Operator-first when the statement's length is even, else operator-last: stable and shrinks well.
  return next.length % 2 === 0 ? ` ${BREAK}${op} ${next}` : ` ${op} ${BREAK}${next}`;
}

/**
 * A whole RUN body. Most are what real files hold: one to four commands joined by `&&`; the rest are lists
 * with `;`, `||`, newlines-with-continuation, `&`, and compound statements nested up to two deep.
 */
export function shellBody(profile: Profile): fc.Arbitrary<string> {
  const separator =
    profile === 'harness'
      ? weighted<string>([6, fc.constant('&&')], [4, fc.constant(';')], [1, fc.constant('||')])
      : weighted<string>([6, fc.constant('&&')], [4, fc.constant(';')], [1, fc.constant('||')], [1, fc.constant('&')]);
  const chain = fc
    .array(weighted<string>([3, managerCommand], [1, plainCommand], [1, stateCommand]), { minLength: 1, maxLength: 4 })
    .map(([first, ...rest]) => first + rest.map((c) => joinOp('&&', c)).join(''));
  const complex = fc
    .tuple(list(profile, 2), fc.array(fc.tuple(separator, list(profile, 1)), { maxLength: 2 }))
    .map(([first, rest]) => first + rest.map(([op, l]) => (op === '&' ? ` & ${BREAK}${l}` : joinOp(op, l))).join(''));
  return fc
    .tuple(
      fc.option(pick('set -eux;', 'set -e;', 'set -ex &&', 'set -o pipefail &&', 'set -eux; \\'), { freq: 8 }),
      weighted<string>([6, chain], [2, complex]),
      weighted<string>(
        [14, fc.constant('')],
        [2, fc.constant(';')],
        [1, fc.constant(' ;')],
        [2, pick(' # trailing comment', ' #comment && not code')],
        [profile === 'harness' ? 0 : 1, fc.constant(' &')],
      ),
    )
    .map(([prefix, body, tail]) => {
      const head =
        prefix === null ? '' : prefix.endsWith('\\') ? `${prefix.slice(0, -2)} ${BREAK}` : `${prefix} ${BREAK}`;
      return head + body + tail;
    });
}

// ─── instructions ────────────────────────────────────────────────────────────────────────────────────────────

/** One rendered instruction (or comment / blank line) of the file, with the facts the file-level pass needs. */
export interface Item {
  kind: 'from' | 'run' | 'other' | 'comment' | 'blank' | 'shell';
  /** Lines before continuation rendering: RUN bodies still hold BREAK markers. */
  lines: string[];
  /** Lines whose end must stay exactly as written (heredoc bodies and delimiters). */
  verbatim?: boolean;
  /** The first line holds a keyword that may be written in lower case. */
  keyword?: string;
  /** SHELL items: whether the shell is POSIX (bodies after it are bash-like) or PowerShell. */
  posix?: boolean;
}

const runFlag = pick(
  '--mount=type=cache,target=/var/cache/apt,sharing=locked',
  '--mount=type=cache,target=/var/lib/apt,sharing=locked',
  '--mount=type=cache,target=/var/lib/apt/lists',
  '--mount=type=cache,target=/root/.cache/pip',
  '--mount=type=cache,target=/root/.npm',
  '--mount=type=cache,id=apk,target=/var/cache/apk',
  '--mount=type=tmpfs,target=/var/lib/apt/lists',
  '--mount=type=bind,source=requirements.txt,target=/tmp/requirements.txt',
  '--mount=type=secret,id=netrc,target=/root/.netrc',
  '--network=none',
  '--network=host',
);

function runItem(profile: Profile, posix: fc.Arbitrary<boolean>): fc.Arbitrary<Item> {
  const flags = weighted<string[]>([8, fc.constant([])], [1, fc.array(runFlag, { minLength: 1, maxLength: 2 })]);
  const shellForm = fc.tuple(flags, shellBody(profile)).map(([f, body]) => ({ f, lines: [body] }));
  const execForm = pick(
    '["apt-get", "install", "-y", "curl"]',
    '["/bin/sh", "-c", "apt-get update && apt-get install -y git"]',
    '["pip", "install", "requests"]',
    '[ "echo", "hello world" ]',
    '["apk", "add", "--no-cache", "bash"]',
  ).map((json) => ({ f: [] as string[], lines: [json] }));
  const heredoc = fc
    .tuple(
      flags,
      pick('<<EOF', '<<-EOF', '<<"EOT" bash', '<<EOF bash -e', 'bash <<EOF', 'cat <<EOF > /etc/apt/apt.conf.d/99x'),
      fc.array(fc.oneof(managerCommand, plainCommand, stateCommand), { minLength: 1, maxLength: 4 }),
    )
    .map(([f, opener, body]) => {
      const delimiter = opener.includes('EOT') ? 'EOT' : 'EOF';
      return { f, lines: [opener, ...body.map((b) => b.split(BREAK).join('')), delimiter], heredoc: true };
    });
  const powershell = pick(
    'Invoke-WebRequest -Uri https://example.com/x.zip -OutFile x.zip; Expand-Archive x.zip -DestinationPath C:\\x',
    "$ErrorActionPreference = 'Stop'; Remove-Item -Force x.zip",
    'choco install -y git',
    'Write-Host "hello',
  ).map((body) => ({ f: [] as string[], lines: [body] }));
  return posix.chain((isPosix) =>
    weighted<{ f: string[]; lines: string[]; heredoc?: boolean }>(
      [isPosix ? 14 : 2, shellForm],
      [1, execForm],
      [2, heredoc],
      [isPosix ? 0 : 5, powershell],
    ).map(({ f, lines, heredoc: isHeredoc }) => {
      const head = ['RUN', ...f, lines[0]!].join(' ');
      return { kind: 'run', lines: [head, ...lines.slice(1)], verbatim: !!isHeredoc, keyword: 'RUN' } as Item;
    }),
  );
}

/**
 * The naive pattern the tool exists for: two to four RUNs in a row that use one manager, sometimes with a
 * plain or state-changing command in them, and comments or blank lines between.
 */
function runBlock(profile: Profile): fc.Arbitrary<Item[]> {
  return fc.constantFrom(...families.keys()).chain((i) => runBlockOf(families[i]!, familyOpeners[i]!, profile));
}

/** A block of one family: half the time its first RUN opens with a command that leaves the manager's state. */
function runBlockOf(
  family: fc.Arbitrary<string>,
  opener: fc.Arbitrary<string>,
  profile: Profile,
): fc.Arbitrary<Item[]> {
  const body = fc
    .array(weighted<string>([6, family], [1, plainCommand], [1, stateCommand]), { minLength: 1, maxLength: 3 })
    .chain((cs) =>
      fc.tuple(
        fc.constant(cs),
        fc.array(fc.constantFrom('&&', '&&', '&&', ';', '||'), { minLength: cs.length, maxLength: cs.length }),
      ),
    )
    .map(
      ([cs, ops]) =>
        cs[0]! +
        cs
          .slice(1)
          .map((c, i) => joinOp(ops[i]!, c))
          .join(''),
    );
  const flags = weighted<string[]>(
    [6, fc.constant([])],
    [1, fc.constant(['--mount=type=cache,target=/var/cache/apt,sharing=locked'])],
  );
  const between = weighted<Item[]>(
    [6, fc.constant([])],
    [1, fc.constant([{ kind: 'blank', lines: [''] } as Item])],
    [1, commentLine.map((line) => [{ kind: 'comment', lines: [line] } as Item])],
  );
  void profile;
  const opens = weighted<string | null>([1, fc.constant(null)], [1, opener]);
  return fc
    .tuple(flags, opens, fc.array(fc.tuple(between, body), { minLength: 2, maxLength: 4 }))
    .map(([f, open, runs]) =>
      runs.flatMap(([gap, b], i) => [
        ...(i === 0 ? [] : gap),
        {
          kind: 'run',
          lines: [['RUN', ...f, i === 0 && open ? `${open} && ${b}` : b].join(' ')],
          keyword: 'RUN',
        } as Item,
      ]),
    );
}

const otherItem: fc.Arbitrary<Item> = weighted<string[]>(
  [3, fc.tuple(varName, value).map(([k, v]) => [`ENV ${k}=${v}`])],
  [
    1,
    pick(
      ['ENV LANG C.UTF-8'],
      ['ENV A=1 B="two words"'],
      ['ENV PATH=/opt/conda/bin:$PATH \u0002', '    PIP_NO_CACHE_DIR=1'],
    ),
  ],
  [2, pick(['ARG VERSION=1.0'], ['ARG TARGETARCH'], ['ARG DEBIAN_FRONTEND=noninteractive'])],
  [2, dir.map((d) => [`WORKDIR ${d}`])],
  [
    3,
    pick(
      ['COPY . /app'],
      ['COPY --from=build /out /usr/local/bin/'],
      ['COPY --chown=1000:1000 requirements.txt /tmp/'],
      ['ADD https://example.com/x.tgz /tmp/'],
    ),
  ],
  [1, pick(['USER root'], ['USER 1000'], ['USER app:app'])],
  [
    1,
    pick(
      ['LABEL maintainer="x@example.com"'],
      ['EXPOSE 8080'],
      ['VOLUME /data'],
      ['CMD ["app"]'],
      ['ENTRYPOINT ["/entrypoint.sh"]'],
      ['HEALTHCHECK CMD curl -f http://localhost/ || exit 1'],
      ['STOPSIGNAL SIGTERM'],
      ['ONBUILD RUN apt-get install -y curl'],
    ),
  ],
  [1, pick(['COPY <<EOF /etc/x.conf', 'a = 1', 'EOF'])],
).map(
  (lines) => ({ kind: 'other', lines, keyword: lines[0]!.split(' ')[0], verbatim: lines[0]!.includes('<<') }) as Item,
);

const commentLine: fc.Arbitrary<string> = weighted<string>(
  [5, pick('# install the tools', '#no space', '# apt-get update && apt-get install -y x', '## section ##')],
  [2, pick('# hadolint ignore=DL3059', '# hadolint ignore=DL3008,DL3009', '# hadolint ignore=DL3009')],
  [
    2,
    pick(
      '# dockerfile-squash ignore',
      '# dockerfile-squash ignore=merge-runs',
      '# dockerfile-squash ignore=teardown',
      '# dockerfile-squash ignore=teardown:apt',
    ),
  ],
  [1, pick('# hadolint global ignore=DL3059', '# dockerfile-squash ignore-file')],
);
const commentItem: fc.Arbitrary<Item> = commentLine.map((line) => ({ kind: 'comment', lines: [line] }) as Item);

const shellItem: fc.Arbitrary<Item> = weighted<[string, boolean]>(
  [
    3,
    pick<[string, boolean]>(
      ['SHELL ["/bin/bash", "-o", "pipefail", "-c"]', true],
      ['SHELL ["/bin/bash", "-eo", "pipefail", "-c"]', true],
      ['SHELL ["/bin/sh", "-ec"]', true],
      ['SHELL ["/bin/bash", "-c"]', true],
      ['SHELL ["/bin/bash", "-euxo", "pipefail", "-c"]', true],
    ),
  ],
  [
    1,
    pick<[string, boolean]>(
      ['SHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]', false],
      ['SHELL ["cmd", "/S", "/C"]', false],
      ['SHELL ["pwsh", "-c"]', false],
    ),
  ],
).map(([line, posix]) => ({ kind: 'shell', lines: [line], keyword: 'SHELL', posix }) as Item);

const BASES = [
  'debian:bookworm',
  'ubuntu:22.04',
  'python:3.12-slim',
  'alpine:3.20',
  'node:20',
  'continuumio/miniconda3',
  'ruby:3.3',
  'fedora:40',
];
const WINDOWS_BASES = ['mcr.microsoft.com/windows/servercore:ltsc2022', 'mcr.microsoft.com/powershell:nanoserver-1809'];

interface StagePlan {
  base: string;
  alias: string | null;
  windows: boolean;
  body: Item[];
}

function stageArb(profile: Profile, index: number): fc.Arbitrary<StagePlan> {
  const windows = fc.constant(profile !== 'harness');
  return fc
    .record({
      windows: weighted<boolean>([9, fc.constant(false)], [1, windows]),
      fromEarlier: fc.boolean(),
      base: pick(...BASES),
      winBase: pick(...WINDOWS_BASES),
      alias: fc.option(pick('build', 'builder', 'deps', 'runtime', 'Final'), { freq: 2 }),
    })
    .chain((s) => {
      const posixNow = fc.constant(!s.windows);
      const one = (a: fc.Arbitrary<Item>) => a.map((i) => [i]);
      const item = weighted<Item[]>(
        [10, one(runItem(profile, posixNow))],
        [s.windows ? 0 : 5, runBlock(profile)],
        [4, one(otherItem)],
        [3, one(commentItem)],
        [2, fc.constant([{ kind: 'blank', lines: [''] } as Item])],
        [1, one(shellItem)],
      );
      // The harness runs every RUN of every trace in bash: smaller files keep its property fast.
      const maxLength = profile === 'harness' ? 4 : 6;
      return fc
        .array(item, { minLength: 0, maxLength })
        .map((items) => items.flat())
        .map((body) => ({
          base: s.windows ? s.winBase : s.fromEarlier && index > 0 ? `<stage${index - 1}>` : s.base,
          alias: s.alias === null ? null : `${s.alias}${index}`,
          windows: s.windows,
          body,
        }));
    });
}

export interface FileStyle {
  escape: '\\' | '`';
  crlf: boolean;
  bom: boolean;
  finalNewline: boolean;
  lowercase: 'none' | 'all' | 'some';
  trailingWhitespace: boolean;
  operatorFirst: boolean;
  indent: string;
  syntaxDirective: boolean;
}

const styleArb: fc.Arbitrary<FileStyle> = fc.record({
  escape: weighted<'\\' | '`'>([5, fc.constant('\\')], [1, fc.constant('`')]),
  crlf: weighted<boolean>([3, fc.constant(false)], [1, fc.constant(true)]),
  bom: weighted<boolean>([5, fc.constant(false)], [1, fc.constant(true)]),
  finalNewline: weighted<boolean>([6, fc.constant(true)], [1, fc.constant(false)]),
  lowercase: weighted<'none' | 'all' | 'some'>(
    [8, fc.constant('none')],
    [1, fc.constant('all')],
    [1, fc.constant('some')],
  ),
  trailingWhitespace: weighted<boolean>([4, fc.constant(false)], [1, fc.constant(true)]),
  operatorFirst: fc.boolean(),
  indent: pick('    ', '  ', '\t', '        '),
  syntaxDirective: weighted<boolean>([5, fc.constant(false)], [1, fc.constant(true)]),
});

export interface GeneratedFile {
  text: string;
  style: FileStyle;
}

/** Rendering decisions for break markers: a stream of small integers consumed in order. */
const decisionsArb = fc.array(fc.nat(99), { minLength: 64, maxLength: 64 });

export function dockerfileArb(profile: Profile = 'full'): fc.Arbitrary<GeneratedFile> {
  return fc
    .tuple(
      styleArb,
      (profile === 'harness'
        ? weighted<number>([4, fc.constant(1)], [1, fc.constant(2)])
        : weighted<number>([6, fc.constant(1)], [3, fc.constant(2)], [1, fc.constant(3)])
      ).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => stageArb(profile, i)))),
      fc.option(pick('ARG BASE=debian:bookworm', '# global comment', 'ARG VERSION=1'), { freq: 4 }),
      decisionsArb,
      fc.array(fc.nat(99), { minLength: 16, maxLength: 16 }),
    )
    .map(([style, stages, preamble, decisions, whitespace]) => ({
      text: renderFile(style, stages, preamble, decisions, whitespace),
      style,
    }));
}

function renderFile(
  style: FileStyle,
  stages: StagePlan[],
  preamble: string | null,
  decisions: number[],
  whitespace: number[],
): string {
  let d = 0;
  const next = () => decisions[d++ % decisions.length]!;
  const out: { line: string; verbatim: boolean }[] = [];
  const push = (line: string, verbatim = false) => out.push({ line, verbatim });
  if (style.syntaxDirective) push('# syntax=docker/dockerfile:1', true);
  if (style.escape === '`') push('# escape=`', true);
  if (preamble !== null) push(preamble);
  stages.forEach((stage, i) => {
    const earlier = stages[i - 1]?.alias;
    const base = stage.base.startsWith('<stage') ? (earlier ?? BASES[i]!) : stage.base;
    push(`${keyword('FROM', style, next())} ${base}${stage.alias === null ? '' : ` AS ${stage.alias}`}`);
    for (const item of stage.body) {
      if (item.kind === 'run' && !item.verbatim) {
        for (const line of renderBody(item.lines[0]!, style, next)) push(line);
        for (const line of item.lines.slice(1)) push(line, true);
        continue;
      }
      item.lines.forEach((line, j) => {
        const head =
          j === 0 && item.keyword ? keyword(item.keyword, style, next()) + line.slice(item.keyword.length) : line;
        const text = head.replace('\u0002', style.escape);
        push(text, !!item.verbatim && j > 0);
      });
    }
  });
  // RUN keywords were rendered inside renderBody; lower-case them here for uniformity.
  let text = out
    .map(({ line, verbatim }, i) => {
      let l = line;
      if (!verbatim && /^RUN /.test(l)) l = keyword('RUN', style, whitespace[i % whitespace.length]!) + l.slice(3);
      if (style.trailingWhitespace && !verbatim && whitespace[(i * 7) % whitespace.length]! < 25)
        l += whitespace[i % whitespace.length]! % 2 ? ' ' : ' \t';
      return l;
    })
    .join('\n');
  if (style.finalNewline) text += '\n';
  if (style.crlf) text = text.replace(/\n/g, '\r\n');
  if (style.bom) text = '\uFEFF' + text;
  return text;
}

function keyword(word: string, style: FileStyle, roll: number): string {
  if (style.lowercase === 'all' || (style.lowercase === 'some' && roll < 50)) return word.toLowerCase();
  if (style.lowercase === 'some' && roll > 90) return word[0] + word.slice(1).toLowerCase();
  return word;
}

/** Turns BREAK markers into spaces or escaped line breaks, sometimes with comment or blank lines after them. */
function renderBody(line: string, style: FileStyle, next: () => number): string[] {
  const parts = line.split(BREAK);
  const lines: string[] = [];
  let current = parts[0]!;
  for (const part of parts.slice(1)) {
    const roll = next();
    if (roll < 60) {
      current += part;
      continue;
    }
    lines.push(`${current.replace(/\s+$/, '')} ${style.escape}`);
    const extra = next();
    if (extra < 6) lines.push(`${style.indent}# a comment inside the continuation`);
    else if (extra < 8) lines.push('#flush-left comment');
    else if (extra < 9) lines.push('');
    current = style.indent + part.replace(/^\s+/, '');
  }
  lines.push(current);
  return lines;
}
