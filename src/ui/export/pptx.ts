/** PowerPoint export of a deck (see deck.ts). To be implemented (issue #5). */
import type { Deck } from './deck.ts';

export async function deckPptx(_deck: Deck): Promise<Blob> {
  throw new Error('PowerPoint export is not available yet');
}
