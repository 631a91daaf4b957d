/**
 * Field paths in messages: a key is shown as it is when it is plain, and quoted (escaped and cut, quoteText) when
 * it is empty, blank, very long or holds line breaks, control or bidi characters, so that a message stays one
 * readable line that still names the field.
 */
import { quoteText } from '../../levers/values.ts';

/**
 * Keys shown as they are in a field path: 1-64 characters, not starting or ending with a space, no line breaks,
 * control or bidi characters but tab. Others are quoted, so that an empty, blank or multi-line key is visible.
 */
export const PLAIN_KEY =
  // eslint-disable-next-line no-control-regex -- control characters are what it refuses
  /^(?!\s)(?!.*\s$)[^\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]{1,64}$/;

/** The path of a field in messages: `parent.key`, or `parent["key"]` (escaped and cut) when the key is unusual. */
export function field(parent: string, key: string): string {
  if (PLAIN_KEY.test(key)) return parent === '' ? key : `${parent}.${key}`;
  return `${parent}[${quoteText(key)}]`;
}
