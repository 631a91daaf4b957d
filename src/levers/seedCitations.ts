/**
 * What the page shows of the source-document records (seeds/): title, publisher, date, address, what each says about
 * a lever, and its budget envelopes. The page loads this small index (seedCitations.json) instead of the whole
 * records, whose summaries and facts it never shows; `npm run seeds:citations` writes the index from the records
 * (seedCitationsOf), and test/seeds.test.ts checks that it is up to date. Pure module: no fs, no DOM.
 */
import type { SeedBudgetEnvelope, SeedLever, SeedRecord, SeedText } from './seeds.ts';
import INDEX from './seedCitations.json';

/** A source document as the page cites it. */
export interface SeedCitation {
  readonly id: string;
  readonly title: SeedText;
  readonly publisher: string;
  /** ISO date, as precise as known. */
  readonly date: string;
  readonly url?: string;
  readonly levers: readonly SeedLever[];
  readonly budgetEnvelopes: readonly SeedBudgetEnvelope[];
}

/** The citation part of a record (what seedCitations.json holds for it). */
export function seedCitationOf(r: SeedRecord): SeedCitation {
  return {
    id: r.id,
    title: r.title,
    publisher: r.publisher,
    date: r.date,
    ...(r.url !== undefined ? { url: r.url } : {}),
    levers: r.levers,
    budgetEnvelopes: r.budgetEnvelopes,
  };
}

/** seedCitations.json's text for the records (one JSON array, in record order). */
export function serializeSeedCitations(records: readonly SeedRecord[]): string {
  return `${JSON.stringify(records.map(seedCitationOf))}\n`;
}

/** Every source document, in record order. */
export const SEED_CITATIONS: readonly SeedCitation[] = INDEX as readonly SeedCitation[];

/** A source document by record id. */
export function getSeedCitation(id: string): SeedCitation | undefined {
  return SEED_CITATIONS.find((s) => s.id === id);
}
