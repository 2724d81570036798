/**
 * Reading one row's values by column name, each checked against its GTFS type. A value that is
 * missing or wrong is logged with file, line and field and read as null, so a row reports every
 * bad field at once and the caller never sees an unchecked value.
 */
import type { ServiceSeconds } from '../../src/shared/ferry/timetable.ts';
import type { ProblemLog } from './problems.ts';
import { isDate, parseTime } from './time.ts';

/** Whether an empty value is a problem. */
export type Need = 'required' | 'optional';

const INTEGER = /^[+-]?\d+$/;
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/** A file's header: each column's position, and the required columns already reported missing. */
export interface TableHeader {
  line: number;
  columns: ReadonlyMap<string, number>;
  missing: Set<string>;
}

/** One data row of a GTFS file, read field by field. */
export class FieldReader {
  readonly #warned = new Set<string>();

  constructor(
    readonly file: string,
    readonly line: number,
    private readonly header: TableHeader,
    private readonly fields: readonly string[],
    private readonly log: ProblemLog,
  ) {}

  /** Logs an error against a field of this row. */
  error(field: string | null, message: string): void {
    this.log.error(this.file, this.line, field, message);
  }

  /** Logs a warning against a field of this row. */
  warning(field: string | null, message: string): void {
    this.log.warning(this.file, this.line, field, message);
  }

  /** The value with surrounding spaces removed (and warned about); null when empty. */
  text(field: string, need: Need = 'optional'): string | null {
    const k = this.header.columns.get(field);
    if (k === undefined) {
      // A column required only by some rows is reported once, at the header, by the first row.
      if (need === 'required' && !this.header.missing.has(field)) {
        this.header.missing.add(field);
        const message = `column is missing, yet line ${this.line} and maybe others need it`;
        this.log.error(this.file, this.header.line, field, message);
      }
      return null;
    }
    const raw = this.fields[k] ?? '';
    const value = raw.trim();
    if (value !== raw && !this.#warned.has(field)) {
      this.#warned.add(field);
      this.warning(field, `"${raw}" has spaces around it; they are ignored`);
    }
    if (value === '') {
      if (need === 'required') this.error(field, 'required value is missing');
      return null;
    }
    return value;
  }

  /** A whole number of at least `min`. */
  int(field: string, min: number, need: Need = 'optional'): number | null {
    const value = this.text(field, need);
    if (value === null) return null;
    if (!INTEGER.test(value)) return this.#bad(field, `"${value}" is not a whole number`);
    const n = Number(value);
    return n < min ? this.#bad(field, `"${value}" must be ${min} or more`) : n;
  }

  /** One of a few numbers, such as `0`/`1`; `describe` says which for the message. */
  choice<T extends number>(
    field: string,
    allowed: (n: number) => n is T,
    describe: string,
    need: Need = 'optional',
  ): T | null {
    const value = this.text(field, need);
    if (value === null) return null;
    const n = INTEGER.test(value) ? Number(value) : Number.NaN;
    return allowed(n) ? n : this.#bad(field, `"${value}" is not ${describe}`);
  }

  /** A time `H:MM:SS` in seconds after the start of the service day. */
  time(field: string, need: Need = 'optional'): ServiceSeconds | null {
    const value = this.text(field, need);
    if (value === null) return null;
    return parseTime(value) ?? this.#bad(field, `"${value}" is not a time (HH:MM:SS)`);
  }

  /** A date `YYYYMMDD` that exists. */
  date(field: string, need: Need = 'optional'): string | null {
    const value = this.text(field, need);
    if (value === null) return null;
    if (isDate(value)) return value;
    return /^\d{8}$/.test(value)
      ? this.#bad(field, `"${value}" is not a date on the calendar`)
      : this.#bad(field, `"${value}" is not a date (YYYYMMDD)`);
  }

  /** A decimal number from `min` to `max`, such as a latitude. */
  decimal(field: string, min: number, max: number, need: Need = 'optional'): number | null {
    const value = this.text(field, need);
    if (value === null) return null;
    if (!DECIMAL.test(value)) return this.#bad(field, `"${value}" is not a number`);
    const n = Number(value);
    return n < min || n > max ? this.#bad(field, `"${value}" is outside ${min} to ${max}`) : n;
  }

  /** A full http(s) URL. */
  url(field: string, need: Need = 'optional'): string | null {
    const value = this.text(field, need);
    if (value === null) return null;
    return isWebUrl(value)
      ? value
      : this.#bad(field, `"${value}" is not a full URL (starting http:// or https://)`);
  }

  /** An IANA time zone name such as `Asia/Shanghai`. */
  timeZone(field: string, need: Need = 'optional'): string | null {
    const value = this.text(field, need);
    if (value === null) return null;
    const known = knownZone(value);
    if (known === value || (known !== null && known.toLowerCase() !== value.toLowerCase())) {
      return value;
    }
    const name = `"${value}" is not an IANA time zone name`;
    return this.#bad(
      field,
      known === null ? `${name} such as Asia/Shanghai` : `${name}; write "${known}"`,
    );
  }

  /** A language tag (BCP 47) such as `zh` or `zh-CN`. */
  language(field: string, need: Need = 'optional'): string | null {
    const value = this.text(field, need);
    if (value === null) return null;
    try {
      Intl.getCanonicalLocales(value);
      return value;
    } catch {
      return this.#bad(field, `"${value}" is not a language tag such as zh or zh-CN`);
    }
  }

  #bad(field: string, message: string): null {
    this.error(field, message);
    return null;
  }
}

function isWebUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

// The zone's name as the runtime's IANA database spells it, or null when it has no such zone.
// Links such as PRC resolve to their target and are accepted; a wrong case is not.
function knownZone(value: string): string | null {
  if (!ZONE_NAME.test(value)) return null;
  try {
    return new Intl.DateTimeFormat('en', { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}
