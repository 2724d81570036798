/**
 * Instant household search over local data. The index is built once per data change (one
 * normalized text per household: head, address, phone, every resident's name and phone), then
 * each keystroke is a substring scan: ~14,000 short strings stay well under a frame on a phone.
 */
import type { Household, Resident } from '../../shared/entities.ts';

/** The searchable text of each household, in display order. */
export interface SearchIndex {
  entries: readonly { household: Household; text: string }[];
}

/** A page of search results and how many matched in all. */
export interface SearchResult {
  households: Household[];
  total: number;
}

// Spaces, dashes and brackets vary between how an address or a phone is written and typed.
const IGNORED = /[\s\-()（）·]/g;

/** Lower-cases and drops separators, so "138-1234 5678" matches "13812345678". */
export function normalize(text: string): string {
  return text.toLowerCase().replace(IGNORED, '');
}

type ResidentText = Pick<Resident, 'householdId' | 'name' | 'phone'>;

/** Builds the index; `households` should already be in display order. */
export function buildSearchIndex(
  households: readonly Household[],
  residents: readonly ResidentText[],
): SearchIndex {
  const extra = new Map<string, string[]>();
  for (const resident of residents) {
    const parts = extra.get(resident.householdId) ?? [];
    parts.push(resident.name);
    if (resident.phone) parts.push(resident.phone);
    extra.set(resident.householdId, parts);
  }
  const entries = households.map((household) => {
    const parts = [household.headName, household.addressText, household.phone];
    // NUL between fields: a query never matches across two fields' boundary.
    const text = [...parts, ...(extra.get(household.id) ?? [])].map(normalize).join('\u0000');
    return { household, text };
  });
  return { entries };
}

/** Words of a query, normalized; empty for a blank query. */
export function queryTerms(query: string): string[] {
  return query
    .split(/\s+/)
    .map(normalize)
    .filter((term) => term.length > 0);
}

/** Households matching every word of the query, first `limit` of them plus the full count. */
export function searchHouseholds(index: SearchIndex, query: string, limit = 200): SearchResult {
  const terms = queryTerms(query);
  const households: Household[] = [];
  let total = 0;
  if (terms.length === 0) return { households, total };
  for (const { household, text } of index.entries) {
    if (!terms.every((term) => text.includes(term))) continue;
    total++;
    if (households.length < limit) households.push(household);
  }
  return { households, total };
}
