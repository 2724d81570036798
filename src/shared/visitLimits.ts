/**
 * The limits of a recorded visit, written once: the server's schema (visitSchema.ts) refuses a
 * visit past them and the visit form holds the officer within them, so a saved visit is never
 * refused for its shape. No zod here: the form imports these.
 */
export const VISIT_LIMITS = {
  /** Characters of the visit's notes. */
  notes: 2000,
  /** Residents named present, or named moved out. */
  residentIds: 50,
  /** Rows of newly found residents. */
  newResidents: 20,
  /** Characters of a new resident's name, and of the note beside it. */
  newResidentName: 40,
  newResidentNote: 200,
  /** People with the anti-fraud app installed. */
  antiFraudInstalled: 50,
  /** Photos of one visit. */
  photos: 10,
} as const;

/** A phone number as an officer may type it for a newly found resident. */
export const PHONE_PATTERN = /^[0-9+\- ]{5,20}$/;
