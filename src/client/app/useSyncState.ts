/** The sync runner's state as component state. */
import { useEffect, useState } from 'preact/hooks';
import type { SyncRunner, SyncState } from '../sync/runner.ts';

/** Follows the runner's state (running, progress, last error). */
export function useSyncState(runner: SyncRunner): SyncState {
  const [state, setState] = useState(runner.state);
  useEffect(() => {
    setState(runner.state);
    return runner.subscribe(setState);
  }, [runner]);
  return state;
}
