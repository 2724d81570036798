/** Follows a `Store` from a component. */
import { useEffect, useState } from 'preact/hooks';
import type { Store } from './store.ts';

/** The store's current value; re-renders the component on each change. */
export function useStore<T>(store: Store<T>): T {
  const [value, setValue] = useState(store.get);
  useEffect(() => {
    setValue(store.get());
    return store.subscribe(setValue);
  }, [store]);
  return value;
}
