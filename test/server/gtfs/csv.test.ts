import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv, writeCsv } from '../../../server/gtfs/csv.ts';

describe('reading CSV', () => {
  it('splits plain rows and numbers each by the line it starts on, the header being line 1', () => {
    expect(parseCsv('a,b\n1,2\n3,4\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quotes, and counts those lines', () => {
    const text = 'id,name\n1,"莲腰, 北岸"\n2,"say ""hi"""\n3,"two\nlines"\n4,after\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['id', 'name'] },
      { line: 2, fields: ['1', '莲腰, 北岸'] },
      { line: 3, fields: ['2', 'say "hi"'] },
      { line: 4, fields: ['3', 'two\nlines'] },
      { line: 6, fields: ['4', 'after'] },
    ]);
  });

  it('drops a byte order mark, reads CRLF like LF and ignores empty lines at the end', () => {
    expect(parseCsv('\uFEFFstop_id,x\r\ns1,\r\n\r\n\r\n')).toEqual([
      { line: 1, fields: ['stop_id', 'x'] },
      { line: 2, fields: ['s1', ''] },
    ]);
  });

  it('trims nothing, inside quotes or out, and keeps an empty line in the middle', () => {
    expect(parseCsv('a\n" x "\n\n y \nz')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: [' x '] },
      { line: 3, fields: [''] },
      { line: 4, fields: [' y '] },
      { line: 5, fields: ['z'] },
    ]);
  });

  it('reads a last row without a line break and a quoted empty value', () => {
    expect(parseCsv('a,b\n"",""')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['', ''] },
    ]);
  });

  it('names the line of a quote that is never closed', () => {
    const read = () => parseCsv('a,b\n1,2\n3,"oops\n4,5\n');
    expect(read).toThrow(CsvSyntaxError);
    expect(read).toThrow(
      expect.objectContaining({ line: 3, message: expect.stringMatching(/line 3/) }),
    );
  });
});

describe('writing CSV', () => {
  it('quotes only the values that need it and reads back the same', () => {
    const rows = [
      ['id', 'name', 'note'],
      ['1', '莲腰渡口·北岸', 'a, b'],
      ['2', 'say "hi"', 'two\nlines'],
      ['3', ' padded ', ''],
    ];
    const text = writeCsv(rows);
    expect(text.split('\r\n')[1]).toBe('1,莲腰渡口·北岸,"a, b"');
    expect(parseCsv(text).map((r) => r.fields)).toEqual(rows);
  });
});
