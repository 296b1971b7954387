#!/usr/bin/env bash
# The ways people install the tool, each into an empty prefix, with no dev dependency present: from git (a
# clone's branch), pre-commit's `try-repo`, the packed tarball through npx in an empty folder, and the README's
# GitHub Actions step run as a script (from a bare repository at a tag). Each installs what is committed at HEAD
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
# the ~230 packages pre-commit installs. Everything else is new: HOME (no user npmrc), the prefixes, pre-commit's
# home, and npx's cache.
export npm_config_cache="${npm_config_cache:-$(npm config get cache)}"
export HOME="$WORK/home" PRE_COMMIT_HOME="$WORK/pre-commit"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false npm_config_prefer_offline=true
export GIT_CONFIG_NOSYSTEM=1 GIT_AUTHOR_NAME=ci GIT_AUTHOR_EMAIL=ci@localhost GIT_COMMITTER_NAME=ci
export GIT_COMMITTER_EMAIL=ci@localhost
mkdir -p "$HOME"

git clone -q --bare "$ROOT" "$WORK/repo.git"
git -C "$WORK/repo.git" tag -f "v$VERSION" HEAD >/dev/null
git clone -q "$WORK/repo.git" "$WORK/clone"

fail() {
  echo "$*" >&2
  return 1
}

# The installed command works: its version, a dry run that prints a diff and leaves the file alone, and stdin to
# stdout giving exactly the example's expected output. The example is read from the shared clone.
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
  npm install -g --prefix "$WORK/git-branch" "git+file://$WORK/clone" 2>&1 | tee "$WORK/git_branch.log" || return 1
  check_global "$WORK/git-branch" "$WORK/git_branch.log"
}

# The hook (.pre-commit-hooks.yaml) rewrites the file and pre-commit fails the run because a file changed. In a
# clone of its own: the other paths read the example from the shared one meanwhile.
path_pre_commit() {
  local clone=$WORK/pre-commit-clone status=0
  git clone -q "$WORK/repo.git" "$clone"
  (cd "$clone" && pre-commit try-repo . dockerfile-squash --files "$EXAMPLE/Dockerfile") >"$WORK/pre_commit.log" 2>&1 ||
    status=$?
  cat "$WORK/pre_commit.log" "$PRE_COMMIT_HOME/pre-commit.log" 2>/dev/null
  [[ $status == 1 ]] || fail "pre-commit exited $status, not 1 (hook failed because it modified a file)" || return 1
  grep -q "files were modified by this hook" "$WORK/pre_commit.log" || fail "the hook modified no file" || return 1
  cmp "$clone/$EXAMPLE/Dockerfile" "$clone/$EXAMPLE/expected.Dockerfile" || fail "rewrite differs" || return 1
}

# The tarball holds what the package runs and none of the sources; npx runs it in an empty folder with a cache of
# its own, where it installs it: that install's size is what a user gets.
path_npx_tarball() {
  local tgz listing kib
  tgz=$(cd "$WORK/clone" && npm pack --silent --pack-destination "$WORK") || return 1
  listing=$(tar -tzf "$WORK/$tgz") || return 1
  echo "$listing"
  for need in LICENSE README.md bin/dockerfile-squash.js dist/src/index.js dist/src/index.d.ts dist/src/cli/main.js \
    grammar/tree-sitter-bash.wasm grammar/LICENSE; do
    grep -qx "package/$need" <<<"$listing" || fail "$need missing from the tarball" || return 1
  done
  ! grep -E '\.ts$' <<<"$listing" | grep -qv '\.d\.ts$' || fail "TypeScript sources in the tarball" || return 1
  mkdir "$WORK/empty"
  printf '#!/bin/sh\ncd "%s" && exec env npm_config_cache="%s" npx --yes --package "%s" dockerfile-squash "$@"\n' \
    "$WORK/empty" "$WORK/npx-cache" "$WORK/$tgz" >"$WORK/npx"
  chmod +x "$WORK/npx"
  check_cli "$WORK/npx" || return 1
  [[ -z $(ls -A "$WORK/empty") ]] || fail "npx left files in the folder it ran in" || return 1
  kib=$(du -sk "$WORK"/npx-cache/_npx/*/node_modules | cut -f1)
  [[ $kib =~ ^[0-9]+$ ]] || fail "npx's install not found" || return 1
  echo "installed: $((kib / 1024)) MiB" >"$WORK/npx_tarball.note"
  # A bound, so that a heavy dependency does not slip in unnoticed (31 MiB when tree-sitter-bash came along).
  ((kib < 16 * 1024)) || fail "installed size $kib KiB is over 16 MiB" || return 1
}

# The `run:` lines of the README's GitHub Actions step with the repository URL pointed at the bare repository
# here, whose tag they install (the git path at a tag), into a fresh global prefix on PATH as on a runner.
path_actions_step() {
  local url='git+https://github.com/OWNER/dockerfile-squash.git' script line status=0
  script=$(awk '/^### GitHub Actions/ { s = 1 } s && /^```yaml/ { y = 1; next } y && /^```/ { exit } y' \
    "$ROOT/README.md" | sed -n 's/^- run: //p')
  [[ $script == *"$url#v$VERSION"* ]] || fail "the README's step does not install $url#v$VERSION: $script" || return 1
  script=${script//$url/git+file://$WORK/repo.git}
  mkdir -p "$WORK/project/api" && cp "$WORK/clone/$EXAMPLE/Dockerfile" "$WORK/project/api/Dockerfile"
  while IFS= read -r line; do # each `run:` as a runner runs it, with bash -e
    echo "+ $line"
    (cd "$WORK/project" && npm_config_prefix="$WORK/actions" PATH="$WORK/actions/bin:$PATH" bash -e -c "$line") \
      2>&1 | tee -a "$WORK/actions_step.log"
    status=$?
    ((status == 0)) || break
  done <<<"$script"
  [[ $status == 1 ]] || fail "the step exited $status, not 1 (--check: a file would change)" || return 1
  node -e '
    const sarif = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const rules = sarif.runs[0].results.map((r) => r.ruleId);
    if (sarif.version !== "2.1.0" || !rules.includes("merge-runs")) throw new Error("unexpected SARIF: " + rules);
  ' "$WORK/project/results.sarif" || return 1
  check_global "$WORK/actions" "$WORK/actions_step.log"
}

# One path, timed. CPU time (this subshell's and its waited-for children's) is the figure to compare across
# runs: wall time depends on what else the machine is doing.
run_path() {
  local name=$1 start status=ok wall cpu stat
  start=$(date +%s%N)
  "path_$name" >"$WORK/$name.out" 2>&1 || status=FAIL
  wall=$((($(date +%s%N) - start) / 1000000))
  read -ra stat <"/proc/$BASHPID/stat"
  cpu=$(((stat[13] + stat[14] + stat[15] + stat[16]) * 1000 / $(getconf CLK_TCK)))
  printf '%-4s  %-13s %4d.%d s wall, %4d.%d s CPU  %s\n' $status "$name" $((wall / 1000)) $((wall % 1000 / 100)) \
    $((cpu / 1000)) $((cpu % 1000 / 100)) "$(cat "$WORK/$name.note" 2>/dev/null)" >"$WORK/$name.result"
}

# In parallel (the machine has 2 cores, and pre-commit alone takes half the CPU time): the paths share nothing
# but npm's cache, which is safe for concurrent use, and repositories they only read.
PATHS=(pre_commit git_branch npx_tarball actions_step)
for name in "${PATHS[@]}"; do run_path "$name" & done
wait
passed=0 failed=0
for name in "${PATHS[@]}"; do
  cat "$WORK/$name.result"
  if grep -q '^ok' "$WORK/$name.result"; then
    passed=$((passed + 1))
  else
    tail -n 40 "$WORK/$name.out" | sed 's/^/    /'
    failed=$((failed + 1))
  fi
done
echo "install-paths: $passed passed, $failed failed"
((failed == 0))
