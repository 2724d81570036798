/** A value one module publishes and components follow; the PWA state lives outside Preact. */

/** A readable, writable, observable value. */
export interface Store<T> {
  get(): T;
  set(value: T): void;
  /** Calls `listener` after each change; returns the unsubscribe function. */
  subscribe(listener: (value: T) => void): () => void;
}

/** Makes a store holding `initial`; setting an equal value notifies nobody. */
export function createStore<T>(initial: T): Store<T> {
  let value = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of listeners) listener(next);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
