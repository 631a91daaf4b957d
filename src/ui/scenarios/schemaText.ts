/**
 * Messages for the valibot schemas of links and files, in the engine's words: "expected <what>, got <the input>"
 * (the input quoted, escaped and cut by describeValue), and for a missing field "expected <what>, got nothing".
 * valibot's own wording ("Invalid key: Expected …", a regex's source, "Received undefined") never reaches the user.
 * English, as the engine writes; errorText.ts says them in Norwegian. DOM-free.
 */
import * as v from 'valibot';
import { describeValue } from '../../levers/values.ts';

/** The regions a link or a file may name. */
export const REGION_TEXT = '"national", "fylke:NN", "sentralitet:1-6" or "kommune:NNNN"';

/** A schema's or action's message: what was expected and what the input was. */
export const expecting =
  (what: string) =>
  (issue: v.BaseIssue<unknown>): string =>
    `expected ${what}, got ${describeValue(issue.input)}`;

/** A whole number from min to max, every step of the check saying `what` was expected. */
export const wholeNumber = (what: string, min: number, max: number) =>
  v.pipe(
    v.number(expecting(what)),
    v.integer(expecting(what)),
    v.minValue(min, expecting(what)),
    v.maxValue(max, expecting(what)),
  );

/**
 * An object schema's message: a missing field (valibot reports it on the object) says what that field expects,
 * from `fields`; anything else that is not an object says so.
 */
export const objectExpecting =
  (fields: Readonly<Record<string, string>>) =>
  (issue: v.BaseIssue<unknown>): string => {
    const key = issue.path?.at(-1)?.key;
    if (issue.input === undefined && typeof key === 'string' && Object.prototype.hasOwnProperty.call(fields, key))
      return `expected ${fields[key]}, got nothing`;
    return `expected an object, got ${describeValue(issue.input)}`;
  };
