/**
 * The production build, made in a temporary folder: build-output.test.ts rebuilds dist/ (deleting
 * it first) while other test files run, so a test that reads what the build ships builds its own.
 * The sources are linked, not copied, so it is the same build as `npm run build`.
 */
import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Copied: the build copies assets/ into dist/, and a link would be copied as a link. */
const COPIED = ['build.mjs', 'manifest.json', 'package.json', 'tsconfig.json', 'assets'];
const LINKED = ['src', 'scripts', 'node_modules'];

export async function buildInTemporaryFolder(): Promise<{ dist: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'coach-network-build-'));
  await Promise.all([
    ...COPIED.map((name) => cp(path.join(ROOT, name), path.join(dir, name), { recursive: true })),
    ...LINKED.map((name) => symlink(path.join(ROOT, name), path.join(dir, name))),
  ]);
  await promisify(execFile)(process.execPath, ['build.mjs'], { cwd: dir });
  return { dist: path.join(dir, 'dist'), remove: () => rm(dir, { recursive: true, force: true }) };
}
