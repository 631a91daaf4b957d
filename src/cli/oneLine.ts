/**
 * A CLI message as one readable line: line breaks, control characters and bidirectional overrides escaped
 * (printable: \n, \u001b …) and cut to MAX_MESSAGE_CHARS with "…". A safety net under the messages' own quoting
 * (quoteText), so no input can split, recolour or flood the terminal line.
 */
import { printable } from '../levers/values.ts';

export const MAX_MESSAGE_CHARS = 1000;

export function oneLine(message: string): string {
  const escaped = printable(message);
  return escaped.length <= MAX_MESSAGE_CHARS ? escaped : `${escaped.slice(0, MAX_MESSAGE_CHARS)}…`;
}
