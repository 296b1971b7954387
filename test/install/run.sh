#!/usr/bin/env bash
# The ways people install the tool, each into an empty prefix, with no dev dependency present: from git (a
# clone's branch, a bare repository at a commit), pre-commit's `try-repo`, the packed tarball through npx in an
# empty folder, and the README's GitHub Actions step run as a script. Each installs what is committed at HEAD
# (dist/ and grammar/ included, as a user gets them), so commit before running it on your own changes.
# Needs git, npm and pre-commit (`apt-get install pre-commit`); reaches no network but the npm registry.
# Ends with "install-paths: N passed, N failed"; exits 1 when a path failed, printing the end of its log.
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/dfsq-install-XXXXXX")
trap 'rm -rf "$WORK"' EXIT
VERSION=$(node -p "require('$ROOT/package.json').version")
EXAMPLE=examples/apt-three-runs # relative to a clone; its expected.Dockerfile is what every install must print

# npm's content cache is shared: every tarball in it is checked against its integrity, and it spares the registry
# round trips of the ~300 packages pre-commit installs. Everything else is new: HOME (no user npmrc), prefixes,
# pre-commit's home, and npx's own cache.
export npm_config_cache="${npm_config_cache:-$(npm config get cache)}"
export HOME="$WORK/home" PRE_COMMIT_HOME="$WORK/pre-commit"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false npm_config_prefer_offline=true
export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@localhost GIT_COMMITTER_NAME=ci
export GIT_COMMITTER_EMAIL=ci@localhost
mkdir -p "$HOME"

git clone -q --bare "$ROOT" "$WORK/repo.git"
git -C "$WORK/repo.git" tag -f "v$VERSION" HEAD >/dev/null
SHA=$(git -C "$WORK/repo.git" rev-parse HEAD)
git clone -q "$WORK/repo.git" "$WORK/clone"

fail() {
  echo "$*" >&2
  return 1
}

# The installed command works: its version, a dry run that prints a diff and leaves the file alone, and stdin to
# stdout giving exactly the example's expected output.
check_cli() {
  local bin=$1 out
  out=$("$bin" --version) || fail "--version failed" || return 1
  [[ $out == *"$VERSION"* ]] || fail "--version printed '$out', not $VERSION" || return 1
  out=$("$bin" "$WORK/clone/$EXAMPLE/Dockerfile") || fail "dry run failed" || return 1
  [[ $out == *"+++ "* ]] || fail "dry run printed no diff: $out" || return 1
  git -C "$WORK/clone" diff --quiet -- "$EXAMPLE" || fail "the dry run changed the file" || return 1
  "$bin" - <"$WORK/clone/$EXAMPLE/Dockerfile" | cmp - "$WORK/clone/$EXAMPLE/expected.Dockerfile" ||
    fail "stdin output differs from $EXAMPLE/expected.Dockerfile" || return 1
}

# A global install: the command runs, no dev dependency came along, and npm flagged no install script.
check_global() {
  local prefix=$1 log=$2 pkg=$1/lib/node_modules/dockerfile-squash
  check_cli "$prefix/bin/dockerfile-squash" || return 1
  [[ -f $pkg/grammar/tree-sitter-bash.wasm && -f $pkg/LICENSE ]] || fail "grammar or LICENSE not installed" || return 1
  for dev in typescript jest tree-sitter-bash; do
    [[ ! -e $pkg/node_modules/$dev && ! -e $prefix/lib/node_modules/$dev ]] || fail "dev dependency $dev installed" ||
      return 1
  done
  ! grep -q install-scripts "$log" || fail "npm flagged install scripts: $(grep install-scripts "$log")"
}

path_git_branch() {
  npm install -g --prefix "$WORK/git-branch" "git+file://$WORK/clone" 2>&1 | tee "$WORK/log" || return 1
  check_global "$WORK/git-branch" "$WORK/log"
}

path_git_commit() {
  npm install -g --prefix "$WORK/git-commit" "git+file://$WORK/repo.git#$SHA" 2>&1 | tee "$WORK/log" || return 1
  check_global "$WORK/git-commit" "$WORK/log"
}

# The hook (.pre-commit-hooks.yaml) rewrites the file and pre-commit fails the run because a file changed.
path_pre_commit() {
  local status=0
  (cd "$WORK/clone" && pre-commit try-repo . dockerfile-squash --files "$EXAMPLE/Dockerfile") >"$WORK/log" 2>&1 ||
    status=$?
  cat "$WORK/log" "$PRE_COMMIT_HOME/pre-commit.log" 2>/dev/null
  [[ $status == 1 ]] || fail "pre-commit exited $status, not 1 (hook failed because it modified a file)" || return 1
  grep -q "files were modified by this hook" "$WORK/log" || fail "the hook did not modify the file" || return 1
  cmp "$WORK/clone/$EXAMPLE/Dockerfile" "$WORK/clone/$EXAMPLE/expected.Dockerfile" || fail "rewrite differs" || return 1
  git -C "$WORK/clone" checkout -q -- "$EXAMPLE"
}

# The tarball holds what the package runs and nothing of the sources; npx runs it from an empty folder.
path_npx_tarball() {
  local tgz listing
  tgz=$(cd "$WORK/clone" && npm pack --silent --pack-destination "$WORK") || return 1
  listing=$(tar -tzf "$WORK/$tgz") || return 1
  echo "$listing"
  for need in LICENSE README.md bin/dockerfile-squash.js dist/src/index.js dist/src/index.d.ts dist/src/cli/main.js \
    grammar/tree-sitter-bash.wasm grammar/LICENSE; do
    grep -qx "package/$need" <<<"$listing" || fail "$need missing from the tarball" || return 1
  done
  ! grep -E '\.ts$' <<<"$listing" | grep -qv '\.d\.ts$' || fail "TypeScript sources in the tarball" || return 1
  mkdir "$WORK/empty"
  # A cache of its own: npx keeps what it installs in the cache folder.
  cat >"$WORK/npx" <<EOF
#!/bin/sh
cd "$WORK/empty" && exec env npm_config_cache="$WORK/npx-cache" npx --yes --package "$WORK/$tgz" dockerfile-squash "\$@"
EOF
  chmod +x "$WORK/npx"
  check_cli "$WORK/npx" || return 1
  [[ -z $(ls -A "$WORK/empty") ]] || fail "npx left files in the folder it ran in" || return 1
  # The size a user installs, for the record (and a bound, so a heavy dependency does not slip in unnoticed).
  npm install --omit=dev --prefix "$WORK/size" "$WORK/$tgz" 2>&1 | tee "$WORK/log" || return 1
  ! grep -q install-scripts "$WORK/log" || fail "npm flagged install scripts" || return 1
  local kib
  kib=$(du -sk "$WORK/size/node_modules" | cut -f1)
  echo "installed size: $kib KiB"
  INSTALL_SIZE=" (install size $((kib / 1024)) MiB)"
  ((kib < 16 * 1024)) || fail "installed size $kib KiB is over 16 MiB" || return 1
}

# The `run:` lines of the README's GitHub Actions step, with the repository URL pointed at the local repository.
path_actions_step() {
  local url='git+https://github.com/OWNER/dockerfile-squash.git' script status=0
  script=$(awk '/^### GitHub Actions/ { s = 1 } s && /^```yaml/ { y = 1; next } y && /^```/ { exit } y' "$ROOT/README.md" |
    sed -n 's/^- run: //p')
  [[ $script == *"$url#v$VERSION"* ]] || fail "the README's step does not install $url#v$VERSION: $script" || return 1
  script=${script//$url/git+file://$WORK/repo.git}
  mkdir -p "$WORK/project/api" && cp "$WORK/clone/$EXAMPLE/Dockerfile" "$WORK/project/api/Dockerfile"
  # As a runner runs each `run:` (bash -e); the global prefix is a fresh one on PATH, as a runner's is.
  while IFS= read -r line; do
    echo "+ $line"
    (cd "$WORK/project" && npm_config_prefix="$WORK/actions" PATH="$WORK/actions/bin:$PATH" bash -e -c "$line") ||
      {
        status=$?
        break
      }
  done <<<"$script"
  [[ $status == 1 ]] || fail "the step exited $status, not 1 (--check: a file would change)" || return 1
  node -e '
    const sarif = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const rules = sarif.runs[0].results.map((r) => r.ruleId);
    if (sarif.version !== "2.1.0" || !rules.includes("merge-runs")) throw new Error("unexpected SARIF: " + rules);
  ' "$WORK/project/results.sarif"
}

# CPU time of this shell's finished children, in clock ticks: on a loaded machine wall time says little.
cpu_ticks() {
  local stat
  read -ra stat </proc/$$/stat
  echo $((stat[15] + stat[16]))
}
seconds() { printf '%d.%d s' $(($1 / 1000)) $(($1 % 1000 / 100)); }

passed=0 failed=0
run() {
  local name=$1 start cpu status=ok wall
  INSTALL_SIZE=
  start=$(date +%s%N) cpu=$(cpu_ticks)
  "path_$name" >"$WORK/$name.out" 2>&1 || status=FAIL
  wall=$((($(date +%s%N) - start) / 1000000)) cpu=$((($(cpu_ticks) - cpu) * 1000 / $(getconf CLK_TCK)))
  printf '%-4s  %-13s %8s wall, %8s CPU%s\n' $status "$name" "$(seconds $wall)" "$(seconds $cpu)" "$INSTALL_SIZE"
  if [[ $status == ok ]]; then
    passed=$((passed + 1))
  else
    tail -n 40 "$WORK/$name.out" | sed 's/^/    /'
    failed=$((failed + 1))
  fi
}

for name in git_branch git_commit pre_commit npx_tarball actions_step; do run "$name"; done
echo "install-paths: $passed passed, $failed failed"
((failed == 0))
