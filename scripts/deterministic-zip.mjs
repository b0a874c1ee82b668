// Zip archives whose bytes depend only on the files' paths and contents, so that the same sources give
// the same store packages on any machine, in any directory, at any time (see BUILD.md).
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';

/**
 * The date of every entry: 1980-01-01 00:00, the earliest a zip can hold. fflate writes an entry's date
 * in the machine's local time, so it is built from local parts: the stored date is then the same in
 * every time zone.
 */
export const ZIP_DATE = new Date(1980, 0, 1, 0, 0, 0);

/** Unix permission bits, the only attributes stored: read-write for all files, plus execute for scripts. */
const FILE_MODE = 0o100644;
const EXECUTABLE_MODE = 0o100755;

/** Orders by UTF-16 code units, the same everywhere (localeCompare would depend on the machine's locale). */
const byPath = (a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/**
 * Zips `{ path, bytes, executable? }` entries: sorted by path, fixed date and attributes, deflate level 9
 * (the output of one fflate version is fixed; package-lock.json pins it).
 */
export function deterministicZip(entries) {
  const sorted = [...entries].sort(byPath);
  const archive = {};
  for (const { path, bytes, executable } of sorted) {
    archive[path] = [bytes, { level: 9, mtime: ZIP_DATE, os: 3, attrs: (executable ? EXECUTABLE_MODE : FILE_MODE) * 0x10000 }];
  }
  // fflate writes entries in key order, and JavaScript puts integer-like keys first: refuse such a name
  // rather than ship an order that depends on it.
  if (Object.keys(archive).join('\n') !== sorted.map((entry) => entry.path).join('\n')) {
    throw new Error('deterministicZip: a path looks like an integer, which would reorder the entries');
  }
  return zipSync(archive);
}

/**
 * Paths of the regular files under `dir`, relative and with `/` separators, sorted; `keep` can prune
 * files and whole folders by their path.
 */
export function filesUnder(dir, keep = () => true, prefix = '') {
  const files = [];
  for (const entry of readdirSync(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    // A folder is offered to `keep` as `name/`, as .gitignore patterns tell folders from files.
    if (!keep(entry.isDirectory() ? `${path}/` : path)) continue;
    if (entry.isDirectory()) files.push(...filesUnder(dir, keep, path));
    else if (entry.isFile()) files.push(path);
  }
  return files.sort();
}

/** Zips the files of a directory (a build output), all with the plain file mode. */
export function zipDirectory(dir) {
  return deterministicZip(filesUnder(dir).map((path) => ({ path, bytes: readFileSync(join(dir, path)) })));
}

/** Zips the given files of `root`, keeping which are executable. */
export function zipFiles(root, paths) {
  return deterministicZip(
    paths.map((path) => ({ path, bytes: readFileSync(join(root, path)), executable: (statSync(join(root, path)).mode & 0o100) !== 0 })),
  );
}

/**
 * What the central directory says of each entry, in archive order: its path, Unix mode and stored
 * date (fflate's unzip reports neither mode nor date).
 */
export function zipEntries(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is the last 22 bytes: our archives carry no comment.
  const end = bytes.byteLength - 22;
  if (view.getUint32(end, true) !== 0x06054b50) throw new Error('zipEntries: no end of central directory where expected');
  const count = view.getUint16(end + 10, true);
  const entries = [];
  for (let offset = view.getUint32(end + 16, true), index = 0; index < count; index += 1) {
    if (view.getUint32(offset, true) !== 0x02014b50) throw new Error('zipEntries: broken central directory');
    const nameLength = view.getUint16(offset + 28, true);
    const time = view.getUint16(offset + 12, true);
    const date = view.getUint16(offset + 14, true);
    entries.push({
      path: Buffer.from(bytes.subarray(offset + 46, offset + 46 + nameLength)).toString('utf8'),
      mode: view.getUint32(offset + 38, true) >>> 16,
      date: new Date(1980 + (date >> 9), ((date >> 5) & 15) - 1, date & 31, time >> 11, (time >> 5) & 63, (time & 31) * 2),
    });
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

/** Writes a zip's files under `dir`, with the execute bit where the archive has it; returns their paths. */
export function extractZip(bytes, dir) {
  const files = unzipSync(bytes);
  const paths = [];
  for (const { path, mode } of zipEntries(bytes)) {
    if (path.endsWith('/')) continue;
    if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`extractZip: refusing the path ${path}`);
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), files[path]);
    if (mode & 0o100) chmodSync(join(dir, path), 0o755);
    paths.push(path);
  }
  return paths;
}
