// Which files make up the project's source, for the source zip that store reviewers rebuild from.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ignore from 'ignore';
import { filesUnder } from './deterministic-zip.mjs';

/**
 * In a git checkout: the files git tracks (as they are in the working tree). In an unpacked source zip,
 * which has no `.git`: every file except what `.gitignore` excludes, i.e. the same list.
 */
export function sourceFiles(root) {
  if (!existsSync(join(root, '.git'))) return filesUnder(root, notIgnoredBy(readFileSync(join(root, '.gitignore'), 'utf8')));
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  const missing = tracked.filter((path) => !existsSync(join(root, path)));
  if (missing.length > 0) throw new Error(`tracked files missing from the working tree: ${missing.join(', ')}`);
  return tracked.sort();
}

/** Tracked files that differ from the last commit: the source zip then holds uncommitted work. */
export function uncommittedChanges(root) {
  if (!existsSync(join(root, '.git'))) return [];
  return execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
}

/** A filter that keeps what `.gitignore` does not exclude; a folder's path is given with its trailing `/`. */
export function notIgnoredBy(gitignore) {
  const rules = ignore().add(gitignore);
  return (path) => !rules.ignores(path);
}
