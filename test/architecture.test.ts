/**
 * The layers of the page and the device, read from the source. The device database is the
 * floor: it imports nothing above it, and only its modules touch a table or import Dexie (one
 * module per entity owns its reads and writes). Above it the arrows point down: the page imports
 * the device, the device never the page, and src/shared neither of them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { FerryBeatDB } from '../src/device/db/schema.ts';

const root = resolve(import.meta.dirname, '..');

/** Source files under `dir` (relative to the repository), as repository paths. */
function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const IMPORT =
  /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\bimport\s+['"]([^'"]+)['"]/g;

/** What `file` imports: repository paths for relative specifiers, package names otherwise. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => {
    const specifier = m[1] ?? m[2] ?? m[3] ?? '';
    if (!specifier.startsWith('.')) return specifier;
    return relative(root, resolve(join(root, dirname(file)), specifier));
  });
}

const STATIC_IMPORT =
  /^(?:import|export)\s(?!type\s)[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]/gm;

/** What `file` loads when it is loaded: value imports, not type-only or dynamic ones. */
function staticImportsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(STATIC_IMPORT)].map((m) => {
    const specifier = m[1] ?? m[2] ?? '';
    if (!specifier.startsWith('.')) return specifier;
    return relative(root, resolve(join(root, dirname(file)), specifier));
  });
}

/** `file → import` pairs of the files in `dirs` whose import `bad` picks. */
function importsWhere(dirs: string[], bad: (imported: string, file: string) => boolean) {
  return dirs
    .flatMap(sources)
    .flatMap((file) => importsOf(file).map((imported) => `${file} → ${imported}`))
    .filter((pair) => {
      const [file = '', imported = ''] = pair.split(' → ');
      return bad(imported, file);
    });
}

const isPackage = (imported: string) => !/^(src|sw|server|test|bench)\//.test(imported);
const under = (imported: string, ...dirs: string[]) =>
  dirs.some((dir) => imported.startsWith(`${dir}/`));

/**
 * `db.<table>`, `db.transaction`, `db.table(…)` and `db.tables`, for every table `FerryBeatDB`
 * declares: a table added in a new schema step is covered without touching this test.
 */
const tableNames = new FerryBeatDB('architecture', { indexedDB, IDBKeyRange }).tables.map(
  (table) => table.name,
);
const TABLE_ACCESS = new RegExp(
  `\\bdb\\.(${[...tableNames, 'transaction', 'table', 'tables'].join('|')})\\b`,
);

describe('the layers', () => {
  it('the device database imports nothing but itself, src/shared and packages', () => {
    const files = sources('src/device/db');
    expect(files).toContain('src/device/db/schema.ts');
    expect(
      importsWhere(
        ['src/device/db'],
        (imported) => !isPackage(imported) && !under(imported, 'src/device/db', 'src/shared'),
      ),
    ).toEqual([]);
  });

  it('only the database’s own modules touch a table', () => {
    expect(tableNames).toEqual(expect.arrayContaining(['households', 'outbox', 'mapAreas']));
    expect(TABLE_ACCESS.test('const n = await services.db.outbox.count();')).toBe(true);
    const touching = ['src', 'sw']
      .flatMap(sources)
      .filter((file) => !file.startsWith('src/device/db/'))
      .flatMap((file) =>
        readFileSync(join(root, file), 'utf8')
          .split('\n')
          .flatMap((line, i) =>
            TABLE_ACCESS.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
          ),
      );
    expect(touching).toEqual([]);
  });

  it('only the database imports Dexie', () => {
    // The page's live queries take `liveQuery` from the database module it loads (db.ts).
    const importers = importsWhere(
      ['src', 'sw'],
      (imported, file) => /^dexie(\/|$)/.test(imported) && !file.startsWith('src/device/db/'),
    );
    expect(importers).toEqual([]);
  });

  it('the page starts without Dexie, zod or Leaflet: no static import from its entry reaches them', () => {
    // Dexie would be half of what a cold start parses before its first render (the database
    // comes in a chunk of its own, src/client/app/database.ts); zod and Leaflet belong to the
    // screens that use them. Type-only and dynamic imports load nothing at start: not followed.
    const seen = new Set<string>();
    const paths: string[] = [];
    const visit = (file: string, path: string[]) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const imported of staticImportsOf(file)) {
        if (/^(dexie|zod|leaflet)(\/|$)/.test(imported)) {
          paths.push([...path, file, imported].join(' → '));
        } else if (!isPackage(imported)) visit(imported, [...path, file]);
      }
    };
    visit('src/client/main.tsx', []);
    expect(seen.size).toBeGreaterThan(30);
    expect(paths).toEqual([]);
  });

  it('the device never imports the page, and src/shared neither of them', () => {
    expect(
      importsWhere(['src/device', 'src/worker', 'sw'], (imported) => under(imported, 'src/client')),
    ).toEqual([]);
    expect(
      importsWhere(['src/shared'], (imported) =>
        under(imported, 'src/device', 'src/client', 'src/worker', 'sw', 'server'),
      ),
    ).toEqual([]);
  });
});
