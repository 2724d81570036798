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

/**
 * The services as the app starts: the database arrives a moment after the first render;
 * `dbFailed` when its chunk could not load.
 */
export type AppServices = Omit<Services, 'db'> & { db: FerryBeatDB | null; dbFailed: boolean };

/** Context carrying the services; main.tsx provides the real ones. */
export const ServicesContext = createContext<AppServices | null>(null);

/** The services, database or not yet: for the frame drawn before the database is in. */
export function useAppServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useAppServices outside ServicesContext');
  return services;
}

/**
 * The services with the database; for screens, which the app shows only once it is in (a
 * component that needs it earlier is a programming error, said here rather than later).
 */
export function useServices(): Services {
  const services = useAppServices();
  if (!services.db) throw new Error('useServices before the database was loaded');
  // The same object: hooks that depend on the services see no change between renders.
  return services as Services;
}
