/** What the checker and the compiler found wrong with a feed, pointing at file, line and field. */
import { FEED_FILE_NAMES } from './feed.ts';

/** One thing wrong with a feed; an error stops the feed from being used, a warning does not. */
export interface FeedProblem {
  severity: 'error' | 'warning';
  file: string;
  /** 1-based line in `file` (the header is line 1); null for the file as a whole. */
  line: number | null;
  field: string | null;
  message: string;
}

/** A problem as one line, `file:line field: message`, for logs and the command line. */
export function formatProblem(p: FeedProblem): string {
  const where = p.line === null ? p.file : `${p.file}:${p.line}`;
  return p.field === null ? `${where}: ${p.message}` : `${where} ${p.field}: ${p.message}`;
}

/** Collects problems as they are found. */
export class ProblemLog {
  readonly problems: FeedProblem[] = [];
  readonly #badLines = new Set<string>();

  /** Records an error. */
  error(file: string, line: number | null, field: string | null, message: string): void {
    this.problems.push({ severity: 'error', file, line, field, message });
    if (line !== null) this.#badLines.add(`${file}:${line}`);
  }

  /** Records a warning. */
  warning(file: string, line: number | null, field: string | null, message: string): void {
    this.problems.push({ severity: 'warning', file, line, field, message });
  }

  /** Whether any error was recorded. */
  get hasErrors(): boolean {
    return this.problems.some((p) => p.severity === 'error');
  }

  /** Whether a row already has an error, so checks built on it would only repeat it. */
  isBad(file: string, line: number): boolean {
    return this.#badLines.has(`${file}:${line}`);
  }

  /** The problems by file (in feed order), then line; the order found within a line. */
  sorted(): FeedProblem[] {
    const order = (file: string) => {
      const k = (FEED_FILE_NAMES as readonly string[]).indexOf(file);
      return k < 0 ? FEED_FILE_NAMES.length : k;
    };
    return this.problems
      .map((p, k) => ({ p, k }))
      .sort(
        (a, b) =>
          order(a.p.file) - order(b.p.file) || (a.p.line ?? 0) - (b.p.line ?? 0) || a.k - b.k,
      )
      .map(({ p }) => p);
  }
}
