import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FeedReadError, readFeedFiles } from '../../../server/gtfs/read.ts';
import { feedToZip, writeFeedFolder } from '../../../server/gtfs/write.ts';
import { ANOTHER_TIME, madeAt } from '../../support/clock.ts';
import { tempDir } from '../ferries/fixture.ts';
import { csv, feedWith } from './fixture.ts';

let temp: ReturnType<typeof tempDir>;
let dir: string;
beforeEach(() => {
  temp = tempDir('gtfs');
  dir = temp.path;
});
afterEach(() => temp.remove());

// The fixture's files with a byte order mark on one, as spreadsheet programs save them.
const files = feedWith({
  'routes.txt': `\uFEFF${csv('route_id,route_long_name,route_type', 'r1,莲腰渡口,4')}`,
});

describe('reading a feed from disk', () => {
  it('gives the same files from a folder, a zip, and a zip holding one top-level folder', async () => {
    await writeFeedFolder(files, join(dir, 'folder'));
    writeFileSync(join(dir, 'folder', 'shapes.txt'), 'shape_id\n');
    writeFileSync(join(dir, 'feed.zip'), feedToZip(files));
    const nested = Object.fromEntries(
      [...files].map(([name, text]) => [`muzhou-gtfs/${name}`, strToU8(text)]),
    );
    nested['muzhou-gtfs/README.md'] = strToU8('# not a feed file');
    nested['__MACOSX/muzhou-gtfs/._stops.txt'] = strToU8('resource fork');
    writeFileSync(join(dir, 'nested.zip'), zipSync(nested));

    const fromFolder = await readFeedFiles(join(dir, 'folder'));
    expect([...fromFolder.keys()].sort()).toEqual([...files.keys()].sort());
    expect(fromFolder.get('stops.txt')).toBe(files.get('stops.txt'));
    expect(await readFeedFiles(join(dir, 'feed.zip'))).toEqual(fromFolder);
    expect(await readFeedFiles(join(dir, 'nested.zip'))).toEqual(fromFolder);
  });

  it('says what to give when the path is missing, not a feed, or not UTF-8', async () => {
    const missing = readFeedFiles(join(dir, 'nowhere.zip'));
    await expect(missing).rejects.toThrow(FeedReadError);
    await expect(missing).rejects.toThrow(
      /no GTFS feed at .*nowhere\.zip: give the path of a \.zip/,
    );

    writeFileSync(join(dir, 'stops.txt'), 'stop_id\n');
    await expect(readFeedFiles(join(dir, 'stops.txt'))).rejects.toThrow(
      /neither a \.zip file nor a folder/,
    );

    // 渡口 in GBK, as a Windows spreadsheet in China might save it.
    writeFileSync(
      join(dir, 'gbk.zip'),
      zipSync({ 'stops.txt': new Uint8Array([0xb6, 0xc9, 0xbf, 0xda]) }),
    );
    await expect(readFeedFiles(join(dir, 'gbk.zip'))).rejects.toThrow(
      /stops\.txt is not UTF-8 text/,
    );

    writeFileSync(
      join(dir, 'two.zip'),
      zipSync({ 'a/stops.txt': strToU8('stop_id\n'), 'b/stops.txt': strToU8('stop_id\n') }),
    );
    await expect(readFeedFiles(join(dir, 'two.zip'))).rejects.toThrow(
      /several folders \(a\/, b\/\)/,
    );
  });

  it('zips the same files to the same bytes, whenever it runs', () => {
    // A zip stamps each entry with a time, fflate the time of zipping unless told. (Not a golden
    // hash: fflate writes that time in the machine's own time zone, so the bytes differ
    // between machines set to different zones.)
    const now = Buffer.from(feedToZip(files));
    expect(now.equals(Buffer.from(madeAt(ANOTHER_TIME, () => feedToZip(files))))).toBe(true);
  });
});
