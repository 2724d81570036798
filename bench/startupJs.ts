/**
 * Start-up JavaScript of the built app: what a cold start of the signed-in household list must
 * fetch and run before its first render. That is the entry module `dist/index.html` names and
 * every module it imports statically, recursively (the browser resolves the whole static graph
 * before it runs the entry); dynamic `import()`s, the device worker and the service worker come
 * later and are left out of the sum. The graph is read from the chunks themselves with Vite's
 * parser, and checked against the `modulepreload` links Vite wrote, which should name the same
 * chunks. A worker the start-up chunks spawn is printed beside the sum: when online the app
 * syncs at start, so Chromium fetches the device worker before the list shows, but runs it on
 * its own thread.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { parseSync } from 'vite';
import { codePerSource } from './chunkSources.ts';
import { printTable } from './table.ts';

const DIST = resolve(import.meta.dirname, '../dist');
/** Issue 10's budget for the start-up JavaScript, gzipped. */
const TARGET_GZIP_BYTES = 50_000;

/** One JavaScript file's sizes in bytes. */
interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Sizes of `code` as sent: gzip at level 9 and Brotli at its highest quality (11). */
function sizesOf(code: Buffer): Sizes {
  return {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
    }).length,
  };
}

/** The `src`/`href` of the tags in `html` matching `tag` (a regular expression's source). */
function urlsOf(html: string, tag: string, attribute: 'src' | 'href'): string[] {
  const tags = html.match(new RegExp(`<${tag}[^>]*>`, 'g')) ?? [];
  return tags.flatMap((found) => {
    const url = new RegExp(`${attribute}="([^"]+)"`).exec(found)?.[1];
    return url ? [url.replace(/^\//, '')] : [];
  });
}

/** The files `file` (relative to dist) imports statically, `import … from` and `export … from`. */
function staticImportsOf(file: string): string[] {
  const code = readFileSync(join(DIST, file), 'utf8');
  const { module } = parseSync(file, code);
  const requests = [
    ...module.staticImports.map((entry) => entry.moduleRequest.value),
    ...module.staticExports.flatMap((entry) =>
      entry.entries.flatMap((item) => (item.moduleRequest ? [item.moduleRequest.value] : [])),
    ),
  ];
  // Chunks import each other by relative path ("./types-BORzemiJ.js").
  return requests.map((request) => posix.join(posix.dirname(file), request));
}

/** The entry modules and their static imports, recursively, in the order first reached. */
function staticGraph(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const imported of staticImportsOf(file)) visit(imported);
  };
  for (const entry of entries) visit(entry);
  return [...seen];
}

/** The worker scripts `files` spawn (`new Worker(new URL("/assets/…", import.meta.url))`). */
function workersOf(files: string[]): string[] {
  const spawned = files.flatMap((file) =>
    [
      ...readFileSync(join(DIST, file), 'utf8').matchAll(/new Worker\(new URL\((["'`])(.+?)\1/g),
    ].map((match) => (match[2] ?? '').replace(/^\//, '')),
  );
  return [...new Set(spawned)];
}

/** Every `.js` file under `dir`, relative to dist. */
function allScripts(dir = DIST): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => relative(DIST, join(entry.parentPath, entry.name)));
}

/** How many of the largest parts of the start-up code to show. */
const PARTS_SHOWN = 12;

/** A source's part of the app: its npm package, or its folder under src/ (two levels). */
function partOf(source: string): string {
  const npm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (npm?.[1]) return npm[1];
  const app = /(?:^|\/)src\/(.+)$/.exec(source)?.[1];
  if (!app) return source;
  const folders = app.split('/').slice(0, -1);
  return `src/${folders.slice(0, 2).join('/')}`.replace(/\/$/, '');
}

/** The start-up chunks' code per part, from their source maps (chunks without one skipped). */
function codePerPart(files: string[]): Map<string, string> {
  const parts = new Map<string, string>();
  for (const file of files) {
    const map = join(DIST, `${file}.map`);
    if (!existsSync(map)) continue;
    for (const [source, code] of codePerSource(join(DIST, file), map)) {
      const part = partOf(source);
      parts.set(part, (parts.get(part) ?? '') + code);
    }
  }
  return parts;
}

const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

/** Sums the sizes of some files. */
const total = (rows: Sizes[]): Sizes =>
  rows.reduce((sum, row) => ({
    raw: sum.raw + row.raw,
    gzip: sum.gzip + row.gzip,
    brotli: sum.brotli + row.brotli,
  }));

/** Prints the start-up JavaScript from `dist/` (built first), per chunk and summed. */
export function benchStartupJs(): void {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const entries = urlsOf(html, 'script[^>]*type="module"', 'src');
  const preloaded = urlsOf(html, 'link[^>]*rel="modulepreload"', 'href');
  const startup = staticGraph(entries);
  const sized = startup.map((file) => ({ file, ...sizesOf(readFileSync(join(DIST, file))) }));
  const sum = total(sized);
  const workers = workersOf(startup).map((file) => ({
    file,
    ...sizesOf(readFileSync(join(DIST, file))),
  }));
  const styles = urlsOf(html, 'link[^>]*rel="stylesheet"', 'href');
  const css = total(styles.map((file) => sizesOf(readFileSync(join(DIST, file)))));

  console.log(
    '\nStart-up JavaScript: the entry in dist/index.html and its static imports, recursively ' +
      '(what runs before the first render); gzip level 9, Brotli quality 11; 1 kB = 1,000 bytes',
  );
  printTable(
    ['chunk', 'raw', 'gzip', 'brotli'],
    [
      ...sized.map((row) => [
        `${posix.basename(row.file)}${entries.includes(row.file) ? ' (entry)' : ''}`,
        kB(row.raw),
        kB(row.gzip),
        kB(row.brotli),
      ]),
      [`total, ${sized.length} chunks`, kB(sum.raw), kB(sum.gzip), kB(sum.brotli)],
      ...workers.map((row) => [
        `${posix.basename(row.file)} (worker the start-up code spawns; not in the total)`,
        kB(row.raw),
        kB(row.gzip),
        kB(row.brotli),
      ]),
      [`render-blocking CSS (${styles.length} file)`, kB(css.raw), kB(css.gzip), kB(css.brotli)],
    ],
  );
  console.log(
    `gzipped ${kB(sum.gzip)} against the ${kB(TARGET_GZIP_BYTES)} target: ` +
      `${(sum.gzip / TARGET_GZIP_BYTES).toFixed(2)}× (the station serves gzip, not Brotli)`,
  );
  // Vite writes one modulepreload link per static import of the entry; a difference means
  // the graph read here and the browser's fetches disagree.
  const unlisted = startup.filter((file) => !entries.includes(file) && !preloaded.includes(file));
  const extra = preloaded.filter((file) => !startup.includes(file));
  if (unlisted.length || extra.length) {
    console.log(
      `modulepreload links differ from the static graph: not preloaded ${unlisted.join(', ') || '—'}; ` +
        `preloaded but not imported ${extra.join(', ') || '—'}`,
    );
  }

  const parts = [...codePerPart(startup)]
    .map(([part, code]) => ({ part, ...sizesOf(Buffer.from(code)) }))
    .sort((a, b) => b.raw - a.raw);
  console.log(
    'What the start-up chunks hold, from their source maps: npm packages and folders of src/, ' +
      'largest first; each part gzipped alone, so the parts sum to more than the chunks',
  );
  printTable(
    ['part', 'raw', 'share', 'gzip alone'],
    parts
      .slice(0, PARTS_SHOWN)
      .map((row) => [
        row.part,
        kB(row.raw),
        `${((100 * row.raw) / sum.raw).toFixed(0)}%`,
        kB(row.gzip),
      ]),
  );

  const every = allScripts().map((file) => sizesOf(readFileSync(join(DIST, file))));
  const all = total(every);
  console.log(
    `All JavaScript in dist (${every.length} files, service worker and device worker included): ` +
      `${kB(all.raw)} raw, ${kB(all.gzip)} gzip, ${kB(all.brotli)} Brotli; start-up is ` +
      `${((100 * sum.gzip) / all.gzip).toFixed(0)}% of it gzipped`,
  );
}
