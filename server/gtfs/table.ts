/** Opening one GTFS file as a table: its header checked, then a field reader per data row. */
import { CsvSyntaxError, isBlank, parseCsv } from './csv.ts';
import type { FeedFileName, FeedFiles } from './feed.ts';
import { FieldReader } from './fields.ts';
import type { ProblemLog } from './problems.ts';

/**
 * The rows of `file`, or null when the feed has no such file. Missing required columns, repeated
 * columns, rows of the wrong length and blank lines are logged here.
 */
export function readTable(
  files: FeedFiles,
  file: FeedFileName,
  requiredColumns: readonly string[],
  log: ProblemLog,
): FieldReader[] | null {
  const text = files.get(file);
  if (text === undefined) return null;
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(text);
  } catch (e) {
    if (!(e instanceof CsvSyntaxError)) throw e;
    log.error(file, e.line, null, e.message);
    return [];
  }
  const [header, ...rows] = records;
  if (!header || isBlank(header)) {
    log.error(file, 1, null, `file is empty: it needs a header line naming its columns`);
    return [];
  }
  const columns = readHeader(file, header.line, header.fields, log);
  const missing = new Set(requiredColumns.filter((column) => !columns.has(column)));
  for (const column of missing) log.error(file, header.line, column, 'required column is missing');
  const table = { line: header.line, columns, missing };
  const readers: FieldReader[] = [];
  for (const row of rows) {
    if (isBlank(row)) {
      log.warning(file, row.line, null, 'empty line; remove it');
      continue;
    }
    if (row.fields.length !== header.fields.length) {
      log.error(
        file,
        row.line,
        null,
        `row has ${row.fields.length} values but the header has ${header.fields.length} columns`,
      );
    }
    readers.push(new FieldReader(file, row.line, table, row.fields, log));
  }
  return readers;
}

function readHeader(
  file: string,
  line: number,
  names: readonly string[],
  log: ProblemLog,
): Map<string, number> {
  const columns = new Map<string, number>();
  names.forEach((raw, k) => {
    const name = raw.trim();
    if (name !== raw) log.warning(file, line, name, `column name "${raw}" has spaces around it`);
    if (name === '') log.warning(file, line, null, `column ${k + 1} has no name`);
    else if (columns.has(name)) log.error(file, line, name, 'column appears twice in the header');
    else columns.set(name, k);
  });
  return columns;
}
