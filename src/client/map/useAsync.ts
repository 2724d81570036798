/** A promise's result as state: `undefined` until it settles (errors are logged, not shown). */
import { useEffect, useState } from 'preact/hooks';

/** Runs `load` when `deps` change; the latest result, or undefined while loading. */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [result, setResult] = useState<{ value: T } | undefined>(undefined);
  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setResult({ value }),
      (error: unknown) => console.error('loading failed', error),
    );
    return () => {
      current = false;
    };
  }, deps);
  return result?.value;
}
