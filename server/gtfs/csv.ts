/**
 * CSV as RFC 4180 has it (https://www.rfc-editor.org/rfc/rfc4180), which is what GTFS files
 * are: fields split on commas, a field in double quotes may hold commas, line breaks and `""`
 * for a quote. Nothing is trimmed. Lines may end in CRLF or LF; a UTF-8 byte order mark, which
 * spreadsheet programs like to add, is dropped.
 */

/** One record and the 1-based line it starts on (the header is line 1). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Thrown when the text cannot be split into records at all. */
export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** Splits CSV text into records, keeping empty lines inside the text but not at its end. */
export function parseCsv(text: string): CsvRecord[] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    wasQuoted = false;
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && src[i + 1] !== '\n')) line++;
        field += c;
      }
    } else if (c === '"' && field === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      quoteLine = line;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      wasQuoted = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else field += c;
  }
  if (quoted) {
    throw new CsvSyntaxError(
      quoteLine,
      `a quoted value opened on line ${quoteLine} is never closed: add the closing "`,
    );
  }
  if (field !== '' || fields.length > 0 || wasQuoted) endRecord();
  while (records.length > 0 && isBlank(records[records.length - 1])) records.pop();
  return records;
}

/** Whether a record is an empty line. */
export function isBlank(record: CsvRecord | undefined): boolean {
  return record !== undefined && record.fields.length === 1 && record.fields[0] === '';
}

/** Writes records as CSV with CRLF line ends, quoting only the fields that need it. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(quoteField).join(',')}\r\n`).join('');
}

function quoteField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
