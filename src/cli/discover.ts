/** Paths and globs → Dockerfiles, with .gitignore honoured and node_modules/.git skipped. */
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import ignore, { type Ignore } from 'ignore';

export const DOCKERFILE_GLOBS = [
  '**/Dockerfile',
  '**/Dockerfile.*',
  '**/*.Dockerfile',
  '**/*.dockerfile',
  '**/Containerfile',
  '**/Containerfile.*',
];
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

export interface Discovered {
  files: string[];
  /** Operands that matched nothing or could not be read, with the reason. */
  errors: { path: string; message: string }[];
}

export interface DiscoverOptions {
  cwd: string;
  ignorePaths: string[];
}

export async function discover(operands: string[], options: DiscoverOptions): Promise<Discovered> {
  const files: string[] = [];
  const errors: Discovered['errors'] = [];
  const filter = await ignoreFilter(options);
  for (const operand of operands) {
    const found = await expandOperand(operand, options.cwd, filter).catch((error: NodeJS.ErrnoException) => {
      errors.push({ path: operand, message: error.code === 'ENOENT' ? 'no such file or directory' : error.message });
      return null;
    });
    if (found === null) continue;
    if (found.length === 0) errors.push({ path: operand, message: 'no Dockerfiles found' });
    files.push(...found);
  }
  return { files: [...new Set(files)], errors };
}

async function expandOperand(operand: string, cwd: string, filter: IgnoreFilter): Promise<string[]> {
  if (isDynamicPattern(operand)) {
    const matches = await glob(operand, { cwd, ignore: ALWAYS_SKIPPED, onlyFiles: true, dot: false });
    return sorted(await kept(matches, (f) => resolve(cwd, f), filter));
  }
  const absolute = resolve(cwd, operand);
  const info = await stat(absolute);
  // A file named explicitly is always processed, as Prettier does; only walked files are filtered.
  if (!info.isDirectory()) return [operand];
  const matches = await glob(DOCKERFILE_GLOBS, {
    cwd: absolute,
    ignore: ALWAYS_SKIPPED,
    onlyFiles: true,
    dot: true,
    followSymbolicLinks: false,
  });
  return sorted(
    await kept(
      matches.map((m) => join(operand, m)),
      (f) => resolve(cwd, f),
      filter,
    ),
  );
}

function sorted(paths: string[]): string[] {
  return paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

type IgnoreFilter = (absolutePath: string) => Promise<boolean>;

async function kept(paths: string[], absolute: (p: string) => string, isIgnored: IgnoreFilter): Promise<string[]> {
  const result: string[] = [];
  for (const p of paths) if (!(await isIgnored(absolute(p)))) result.push(p);
  return result;
}

/**
 * `.gitignore` files as git reads them: each applies to its own directory and below. They are collected from
 * the working directory downwards lazily, plus any `--ignore-path` files (relative to the working directory).
 */
async function ignoreFilter(options: DiscoverOptions): Promise<IgnoreFilter> {
  const explicit = ignore();
  for (const path of options.ignorePaths) {
    explicit.add(await readFile(resolve(options.cwd, path), 'utf8'));
  }
  const perDirectory = new Map<string, Ignore | null>();
  const gitignoreOf = async (dir: string): Promise<Ignore | null> => {
    if (!perDirectory.has(dir)) {
      try {
        perDirectory.set(dir, ignore().add(await readFile(join(dir, '.gitignore'), 'utf8')));
      } catch {
        perDirectory.set(dir, null);
      }
    }
    return perDirectory.get(dir)!;
  };
  const cwd = resolve(options.cwd);
  return async (absolutePath: string): Promise<boolean> => {
    const rel = relative(cwd, absolutePath);
    if (!rel.startsWith('..') && rel !== '' && explicit.ignores(rel.split(sep).join('/'))) return true;
    for (let dir = dirname(absolutePath); ; dir = dirname(dir)) {
      const rules = await gitignoreOf(dir);
      const fromDir = relative(dir, absolutePath).split(sep).join('/');
      if (rules && rules.ignores(fromDir)) return true;
      if (dir === cwd || dir === dirname(dir) || !dir.startsWith(cwd)) break;
    }
    return false;
  };
}
