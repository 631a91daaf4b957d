/**
 * A formula problem (FormulaCheck: what is wrong and the values it names) in the user's words. Every placeholder of
 * the message is filled: a value the check did not name is shown as "?"; mathjs's syntax messages and the names of
 * refused syntax-tree nodes are said in the page's language, and a JavaScript error's own text (a stack overflow on
 * a deeply nested formula, say) never reaches the message.
 */
import type { FormulaProblem } from '../engine/formulas/formulaCompiler.ts';
import type { Localized } from '../levers/types.ts';
import { getLocale, isNorwegian, loc, t, textsOf, type StringKey } from './i18n.ts';
import type { FormulaCheck } from './sim/protocol.ts';

const PROBLEM_KEYS: Readonly<Record<FormulaProblem, StringKey>> = {
  unknownResponse: 'fxUnknownResponse',
  empty: 'fxEmpty',
  tooLong: 'fxTooLong',
  syntax: 'fxSyntax',
  number: 'fxNumber',
  unknownName: 'fxUnknownName',
  operator: 'fxOperator',
  function: 'fxFunction',
  arity: 'fxArity',
  notAllowed: 'fxNotAllowed',
  probe: 'fxProbe',
};

/** Every problem the compiler reports (the tests render each). */
export const FORMULA_PROBLEMS = Object.keys(PROBLEM_KEYS) as FormulaProblem[];

/** The syntax-tree nodes the compiler refuses ("what" of a notAllowed problem), in words. */
const NODE_WORDS: Readonly<Record<string, Localized>> = {
  AssignmentNode: { nb: 'tilordning med =', en: 'assignment with =' },
  FunctionAssignmentNode: { nb: 'funksjonsdefinisjon', en: 'function definition' },
  AccessorNode: { nb: 'oppslag med . eller [ ]', en: 'lookup with . or [ ]' },
  IndexNode: { nb: 'indeksering med [ ]', en: 'indexing with [ ]' },
  ArrayNode: { nb: 'matrise eller liste [ ]', en: 'matrix or list [ ]' },
  ObjectNode: { nb: 'objekt { }', en: 'object { }' },
  RangeNode: { nb: 'intervall a:b', en: 'range a:b' },
  BlockNode: { nb: 'flere uttrykk (; eller linjeskift)', en: 'several expressions (; or line break)' },
  RelationalNode: { nb: 'kjedet sammenligning (bruk «and»)', en: 'chained comparison (use “and”)' },
  nesting: { nb: 'for mange nivåer av parenteser', en: 'too many levels of parentheses' },
};
const OTHER_NOTATION: Localized = { nb: 'denne skrivemåten', en: 'this notation' };

/** mathjs's syntax messages (parse.js) in bokmål and nynorsk; the character position is kept. */
const NO_SYNTAX: readonly (readonly [RegExp, string, string])[] = [
  [/Unexpected end of expression/g, 'uttrykket slutter for tidlig', 'uttrykket sluttar for tidleg'],
  [/Value expected/g, 'her mangler en verdi', 'her manglar ein verdi'],
  [/Parenthesis \) expected/g, 'her mangler en )', 'her manglar ein )'],
  [/Parenthesis \] expected/g, 'her mangler en ]', 'her manglar ein ]'],
  [/End of matrix \] expected/g, 'her mangler en ]', 'her manglar ein ]'],
  [/End of string (.) expected/g, 'teksten mangler avsluttende $1', 'teksten manglar avsluttande $1'],
  [/False part of conditional expression expected/g, 'her mangler «: …» i betingelsen', 'her manglar «: …» i vilkåret'],
  [
    /The true-expression of a conditional operator may not be empty/g,
    'betingelsen mangler verdien etter ?',
    'vilkåret manglar verdien etter ?',
  ],
  [/Syntax error in part "([^"]*)"/g, 'ukjent tegn i «$1»', 'ukjent teikn i «$1»'],
  [/Unexpected part "([^"]*)"/g, 'uventet «$1»', 'uventa «$1»'],
  [/Unexpected operator (\S+)/g, 'uventet operator $1', 'uventa operator $1'],
  [/Digit expected, got "([^"]*)"/g, 'forventet et siffer, fikk «$1»', 'forventa eit siffer, fekk «$1»'],
  [/String "([^"]*)" is not a valid number/g, '«$1» er ikke et gyldig tall', '«$1» er ikkje eit gyldig tal'],
  [/Symbol or string expected as object key/g, 'objekter er ikke tillatt', 'objekt er ikkje tillatne'],
  [/Colon : expected after object key/g, 'objekter er ikke tillatt', 'objekt er ikkje tillatne'],
  [/Comma , or bracket \} expected after object value/g, 'objekter er ikke tillatt', 'objekt er ikkje tillatne'],
  [
    /Property name expected after (dot|optional chain)/g,
    'her mangler et navn etter punktum',
    'her manglar eit namn etter punktum',
  ],
  [
    /Invalid left hand side of assignment operator =/g,
    'tilordning med = er ikke tillatt',
    'tilordning med = er ikkje tillaten',
  ],
  [/\(char (\d+)\)/g, '(tegn $1)', '(teikn $1)'],
];

/** A JavaScript error's own text (not mathjs's), which must not be shown as the reason. */
const RAW_JS = /call stack|too much recursion|is not a function|is not defined|Cannot read/i;

function syntaxDetail(detail: string | undefined): string {
  if (detail === undefined || detail === '') return '?';
  if (RAW_JS.test(detail) && !/\(char \d+\)/.test(detail)) return loc(NODE_WORDS['nesting']!);
  if (!isNorwegian()) return detail;
  const nn = getLocale() === 'nn';
  let out = detail;
  for (const [pattern, nb, nnText] of NO_SYNTAX) out = out.replace(pattern, nn ? nnText : nb);
  return out;
}

/** What a formula gave, in words: not a number (NaN) or an infinity is said, never shown as JavaScript writes it. */
const VALUE_WORDS: Readonly<Record<string, Localized>> = {
  NaN: { nb: 'ikke et tall', en: 'no number' },
  Infinity: { nb: 'uendelig', en: 'infinity' },
  '-Infinity': { nb: 'minus uendelig', en: 'minus infinity' },
};

/** The placeholders ({name}) of a message in either language. */
export function placeholders(key: StringKey): string[] {
  return [
    ...new Set(
      [
        ...textsOf(key)
          .join(' ')
          .matchAll(/\{(\w+)\}/g),
      ].map((m) => m[1]!),
    ),
  ];
}

/** A formula problem in the current language, every placeholder filled. */
export function formulaMessage(c: FormulaCheck): string {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(c.params ?? {})) if (v !== undefined && v !== null) params[k] = String(v);
  // a value outside the allowed range on the plausible-input grid names the range (fxRange)
  const key: StringKey =
    c.problem === 'probe' && params['min'] !== undefined && params['max'] !== undefined
      ? 'fxRange'
      : (PROBLEM_KEYS[c.problem] ?? 'fxNotAllowed');
  if (key === 'fxSyntax') params['detail'] = syntaxDetail(params['detail']);
  if (key === 'fxNotAllowed') {
    const word = NODE_WORDS[params['what'] ?? ''];
    params['what'] = loc(word ?? OTHER_NOTATION);
  }
  if (key === 'fxRange' && isNorwegian() && params['ranges'])
    params['ranges'] = params['ranges'].replace(/ to /g, ' til ');
  if ((key === 'fxProbe' || key === 'fxRange') && params['got'] !== undefined) {
    const words = VALUE_WORDS[params['got']];
    if (words) params['got'] = loc(words);
  }
  // the constant as the formula wrote it (mathjs reads "undefined" as a constant too)
  if (key === 'fxNumber' && params['value'] === undefined) params['value'] = 'undefined';
  for (const k of placeholders(key)) params[k] ??= '?';
  return t(key, params);
}
