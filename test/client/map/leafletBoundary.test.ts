/**
 * Leaflet is 150 KB the household list never needs: only the map folder imports it, and the
 * build keeps it out of the first chunk an officer downloads.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('where Leaflet lives', () => {
  it('only the map folder imports Leaflet', () => {
    const importers = [...sources(join(root, 'src')), ...sources(join(root, 'sw'))]
      .filter((file) =>
        /from ['"]leaflet['"]|import\(['"]leaflet['"]\)/.test(readFileSync(file, 'utf8')),
      )
      .map((file) => relative(root, file));
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((file) => !file.startsWith('src/client/map/'))).toEqual([]);
  });

  it.skipIf(!existsSync(join(root, 'dist/index.html')))(
    'the built app loads Leaflet only with the map screen',
    () => {
      const html = readFileSync(join(root, 'dist/index.html'), 'utf8');
      const entries = [...html.matchAll(/src="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(readFileSync(join(root, 'dist', entry), 'utf8')).not.toContain('leaflet-container');
      }
      const chunks = readdirSync(join(root, 'dist/assets')).filter((f) => f.endsWith('.js'));
      const withLeaflet = chunks.filter((f) =>
        readFileSync(join(root, 'dist/assets', f), 'utf8').includes('leaflet-container'),
      );
      expect(withLeaflet).toHaveLength(1);
    },
  );
});
