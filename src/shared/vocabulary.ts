/**
 * Every list of values the station's records and messages use, written once. The zod schemas
 * (protocol.ts and the `*Schema.ts` modules) build their enums from these lists and the types
 * below are read off them, so page, workers and server can never disagree on one.
 *
 * No zod here, on purpose: the page's start-up chunk and the map chunk import these lists, and
 * zod would cost them ~90 KB. Order matters where a list is shown (form choices, topic chips).
 */

/** Outcome of a household visit (走访结果): met residents, nobody home, refused, moved away. */
export const VISIT_OUTCOMES = ['met', 'nobody_home', 'refused', 'moved'] as const;
/** One of `VISIT_OUTCOMES`. */
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];

/** What a visit was about (走访事项), in the order the form shows them. */
export const VISIT_TOPICS = ['anti_fraud', 'dispute', 'hazard', 'help', 'other'] as const;
/** One of `VISIT_TOPICS`. */
export type VisitTopic = (typeof VISIT_TOPICS)[number];

/** Staff roles: officer (民警), auxiliary (辅警), the station's leader (所领导). */
export const ROLES = ['officer', 'auxiliary', 'leader'] as const;
/** One of `ROLES`. */
export type Role = (typeof ROLES)[number];

/** Sex as on the ID card. */
export const SEXES = ['male', 'female'] as const;
/** One of `SEXES`. */
export type Sex = (typeof SEXES)[number];

/** 户籍 (registered here) or 流动 (migrant). */
export const REGISTRATIONS = ['registered', 'migrant'] as const;
/** One of `REGISTRATIONS`. */
export type Registration = (typeof REGISTRATIONS)[number];

/** Owner-occupied or rented housing (出租屋). */
export const HOUSINGS = ['owned', 'rented'] as const;
/** One of `HOUSINGS`. */
export type Housing = (typeof HOUSINGS)[number];

/** 村 or 社区. */
export const VILLAGE_KINDS = ['village', 'community'] as const;
/** One of `VILLAGE_KINDS`. */
export type VillageKind = (typeof VILLAGE_KINDS)[number];

/** The image types a visit's photo may have; the server takes no other upload. */
export const PHOTO_TYPES = ['image/jpeg', 'image/webp'] as const;
/** One of `PHOTO_TYPES`. */
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** Why the station stopped a crossing for a while. */
export const SUSPENSION_REASONS = ['fog', 'typhoon', 'repairs', 'other'] as const;
/** One of `SUSPENSION_REASONS`. */
export type SuspensionReason = (typeof SUSPENSION_REASONS)[number];

/** The entities that travel in sync changes and rest in the device's replica. */
export const ENTITY_NAMES = [
  'village',
  'grid',
  'household',
  'resident',
  'crossing',
  'suspension',
  'assignment',
  'visit',
] as const;
/** One of `ENTITY_NAMES`. */
export type EntityName = (typeof ENTITY_NAMES)[number];

/** True when `value` is one of `list`: narrows a string read from storage or a draft. */
export function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return (list as readonly unknown[]).includes(value);
}
