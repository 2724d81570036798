/**
 * Opening a GTFS feed as operators publish it: a .zip of CSV files (at its root or inside one
 * top-level folder, as zipping a folder often leaves them) or a folder of them. Only the files
 * FerryBeat reads are kept; all must be UTF-8.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { FEED_FILE_NAMES, type FeedFiles } from './feed.ts';
import { byCodeUnit } from './group.ts';

/** The feed could not be opened; the message says what to give instead. */
export class FeedReadError extends Error {
  override readonly name = 'FeedReadError';
}

const KNOWN = new Set<string>(FEED_FILE_NAMES);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads the feed files from a .zip file or a folder. */
export async function readFeedFiles(path: string): Promise<FeedFiles> {
  const info = await stat(path).catch(() => null);
  if (!info) {
    throw new FeedReadError(
      `no GTFS feed at ${path}: give the path of a .zip file or a folder holding agency.txt, stops.txt and the other feed files`,
    );
  }
  if (info.isDirectory()) return readFolder(path);
  if (!info.isFile()) throw notAFeed(path);
  const bytes = new Uint8Array(await readFile(path));
  if (!isZip(bytes)) throw notAFeed(path);
  return readZip(path, bytes);
}

async function readFolder(dir: string): Promise<FeedFiles> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries.filter((e) => e.isFile() && KNOWN.has(e.name)).map((e) => e.name);
  const files: FeedFiles = new Map();
  for (const name of names.sort(byCodeUnit)) {
    files.set(name, decode(join(dir, name), await readFile(join(dir, name))));
  }
  return files;
}

function readZip(path: string, bytes: Uint8Array): FeedFiles {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, { filter: (file) => KNOWN.has(baseName(file.name)) });
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new FeedReadError(`${path} is not a readable zip file (${reason}): zip the feed again`);
  }
  // Files at the root win; else the one folder that holds feed files.
  const folders = new Set<string>();
  for (const name of Object.keys(entries)) {
    const parts = name.split('/');
    if (parts.length <= 2 && parts[0] !== '__MACOSX') {
      folders.add(parts.length === 1 ? '' : `${parts[0]}/`);
    }
  }
  const nested = [...folders].filter((f) => f !== '').sort();
  if (!folders.has('') && nested.length > 1) {
    throw new FeedReadError(
      `${path} holds feed files in several folders (${nested.join(', ')}): zip one feed at a time`,
    );
  }
  const prefix = folders.has('') ? '' : (nested[0] ?? '');
  const files: FeedFiles = new Map();
  for (const name of FEED_FILE_NAMES) {
    const data = entries[`${prefix}${name}`];
    if (data) files.set(name, decode(`${path}: ${prefix}${name}`, data));
  }
  return files;
}

function decode(where: string, data: Uint8Array): string {
  try {
    return utf8.decode(data);
  } catch {
    throw new FeedReadError(`${where} is not UTF-8 text: save it as UTF-8 (not GBK) and try again`);
  }
}

function notAFeed(path: string): FeedReadError {
  return new FeedReadError(
    `${path} is neither a .zip file nor a folder: give the GTFS feed as a .zip or an unpacked folder`,
  );
}

// Local file header or, for an empty archive, end of central directory.
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

function baseName(name: string): string {
  return name.slice(name.lastIndexOf('/') + 1);
}
