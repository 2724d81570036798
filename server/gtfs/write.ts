/** Writing feed files out as a .zip or a folder, for the demo station and for tests. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, type Zippable, zipSync } from 'fflate';
import type { FeedFiles } from './feed.ts';

// A fixed modification time keeps the same files zipping to the same bytes. Zip stamps the
// local wall clock (fflate reads getFullYear(), getHours()…), so the time is given in local
// terms: the same stamp, and the same bytes, in every machine's time zone.
const MTIME = new Date(2020, 0, 1, 0, 0, 0);

/** The files as a deflated .zip, every file at its root. */
export function feedToZip(files: FeedFiles): Uint8Array {
  const entries: Zippable = {};
  for (const [name, text] of files) entries[name] = [strToU8(text), { mtime: MTIME }];
  return zipSync(entries, { level: 6 });
}

/** Writes the files into `dir`, creating it if need be. */
export async function writeFeedFolder(files: FeedFiles, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of files) await writeFile(join(dir, name), text, 'utf8');
}
