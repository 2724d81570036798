/**
 * What a built chunk is made of, read from its source map (version 3, the `.map` Vite writes
 * beside it): each run of generated code is charged to the source its mapping segment names, as
 * source-map-explorer does. Code no segment names (Vite's helpers, the source map comment) is
 * left out. https://tc39.es/ecma426/#sec-mappings
 */
import { readFileSync } from 'node:fs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** The fields of one mapping segment: base64 VLQ numbers, sign in the lowest bit. */
function decodeSegment(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return fields;
}

/** The code of the chunk `codeFile` per source of its map `mapFile`, as the map names them. */
export function codePerSource(codeFile: string, mapFile: string): Map<string, string> {
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
  const lines = readFileSync(codeFile, 'utf8').split('\n');
  const code = new Map<string, string>();
  const charge = (source: string | null, text: string) => {
    if (source !== null && text) code.set(source, (code.get(source) ?? '') + text);
  };
  // The source index is relative to the previous segment's, across lines.
  let source = 0;
  map.mappings.split(';').forEach((mapped, index) => {
    const line = lines[index] ?? '';
    let column = 0;
    let from = 0;
    let current: string | null = null;
    for (const segment of mapped ? mapped.split(',') : []) {
      const [columnDelta = 0, sourceDelta] = decodeSegment(segment);
      column += columnDelta;
      charge(current, line.slice(from, column));
      from = column;
      if (sourceDelta === undefined) {
        current = null;
      } else {
        source += sourceDelta;
        current = map.sources[source] ?? null;
      }
    }
    // The last segment runs to the end of its line; the newline belongs to no source.
    charge(current, line.slice(from));
  });
  return code;
}
