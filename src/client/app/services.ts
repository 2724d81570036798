/** The app's services, handed down by context so components and tests can swap them. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { FerryBeatDB } from '../../device/db/schema.ts';
import type { Api } from '../../device/sync/api.ts';
import type { SyncRunner } from '../sync/runner.ts';
import type { RunPlan } from '../sync/workerBridge.ts';

/** Database, API, the sync runner and the day planner. */
export interface Services {
  db: FerryBeatDB;
  api: Api;
  runner: SyncRunner;
  plan: RunPlan;
}

/** Context carrying the services; main.tsx provides the real ones. */
export const ServicesContext = createContext<Services | null>(null);

/** The services; throws when rendered outside the provider (a programming error). */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesContext');
  return services;
}
