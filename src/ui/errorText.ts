/**
 * Norwegian wording (bokmål and nynorsk) for the details of a refused file or link. The checks (scenario.ts,
 * values.ts, the file and link decoders, valibot) write English, as the CLI prints them; the page shows those details
 * inside Norwegian sentences. Here each known phrase is rewritten; the field path stays as written, since it names
 * the field in the file. Phrasing not listed passes through unchanged, and English pages get the text as it is.
 * Every detail is capped at MAX_MESSAGE_CHARS first (the field path kept), so a 20-million-character value costs
 * nothing.
 */
import type { Locale } from '../levers/types.ts';
import { capText, MAX_MESSAGE_CHARS } from './notice.ts';

/** Rewrites in order (bokmål, nynorsk): the specific phrases first, the generic words ("expected", "got") last. */
const RULES: readonly (readonly [RegExp, string, string])[] = [
  // links
  [/\blink: /g, 'lenke: ', 'lenkje: '],
  [/\btoo long \(more than (\d+) characters\)/g, 'for lang (mer enn $1 tegn)', 'for lang (meir enn $1 teikn)'],
  [/\btoo long\b/g, 'for lang', 'for lang'],
  [/nested deeper than (\d+) levels/g, 'nøstet dypere enn $1 nivåer', 'nøsta djupare enn $1 nivå'],
  [/not a link from this app/g, 'ikke en lenke fra denne appen', 'ikkje ei lenkje frå denne appen'],
  [
    /made by a newer version of the app \(link version (\d+), this app (\d+)\)/g,
    'laget av en nyere versjon av appen (lenkeversjon $1, denne appen $2)',
    'laga av ein nyare versjon av appen (lenkjeversjon $1, denne appen $2)',
  ],
  [/unknown link version/g, 'ukjent lenkeversjon', 'ukjend lenkjeversjon'],
  [/damaged or truncated/g, 'skadet eller avkortet', 'skadd eller avkorta'],
  [
    /the track record has no hindcast from (\S+); expected ((?:\d{4}, )*\d{4}) or (\d{4})/g,
    'Treffsikkerhet har ikke noe tilbakeblikk fra $1; forventet $2 eller $3',
    'Treffsikkerheit har ikkje noko tilbakeblikk frå $1; forventa $2 eller $3',
  ],
  [
    /expected the start year of a hindcast, ((?:\d{4}, )*\d{4}) or (\d{4})/g,
    'forventet startåret for et tilbakeblikk, $1 eller $2',
    'forventa startåret for eit tilbakeblikk, $1 eller $2',
  ],
  // files
  [/\bscenario file: /g, 'scenariofil: ', 'scenariofil: '],
  [/(^|; )file: /g, '$1fil: ', '$1fil: '],
  [/not valid JSON/g, 'ikke gyldig JSON', 'ikkje gyldig JSON'],
  [
    /not UTF-8 text \(save it as UTF-8 and import it again\)/g,
    'ikke UTF-8-tekst (lagre den som UTF-8 og importer den på nytt)',
    'ikkje UTF-8-tekst (lagre fila som UTF-8 og importer ho på nytt)',
  ],
  [/larger than (\d+) bytes/g, 'større enn $1 byte', 'større enn $1 byte'],
  [/the file holds no scenario/g, 'filen inneholder ingen scenarioer', 'fila inneheld ingen scenario'],
  [/more than (\d+) scenarios/g, 'mer enn $1 scenarioer', 'meir enn $1 scenario'],
  [
    /(\d+) is newer than this version of the app understands \((\d+)\)/g,
    '$1 er nyere enn denne versjonen av appen forstår ($2)',
    '$1 er nyare enn denne versjonen av appen forstår ($2)',
  ],
  // a municipality's own plan (issue #14)
  [/unknown municipality number/g, 'ukjent kommunenummer', 'ukjent kommunenummer'],
  [
    /expected a 4-digit municipality number/g,
    'forventet et firesifret kommunenummer',
    'forventa eit firesifra kommunenummer',
  ],
  [
    /a national lever; set it for the whole country, not for one municipality/g,
    'et nasjonalt virkemiddel; sett det for hele landet, ikke for én kommune',
    'eit nasjonalt verkemiddel; set det for heile landet, ikkje for éin kommune',
  ],
  // scenario content
  [/no such region "([^"]*)"/g, 'ukjent område «$1»', 'ukjent område «$1»'],
  [/unknown lever "([^"]*)"/g, 'ukjent virkemiddel «$1»', 'ukjent verkemiddel «$1»'],
  [/unknown assumption "([^"]*)"/g, 'ukjent forutsetning «$1»', 'ukjend føresetnad «$1»'],
  [/unknown response "([^"]*)"/g, 'ukjent responsfunksjon «$1»', 'ukjend responsfunksjon «$1»'],
  [/\blever "([^"]*)": /g, 'virkemiddel «$1»: ', 'verkemiddel «$1»: '],
  [
    /unknown field \(expected "value" and "from"\)/g,
    'ukjent felt (forventet «value» og «from»)',
    'ukjent felt (forventa «value» og «from»)',
  ],
  [/unknown field \(expected one of /g, 'ukjent felt (forventet ett av ', 'ukjent felt (forventa eitt av '],
  [
    /unknown field \(expected "value", "from" and "until", or "steps"\)/g,
    'ukjent felt (forventet «value», «from» og «until», eller «steps»)',
    'ukjent felt (forventa «value», «from» og «until», eller «steps»)',
  ],
  [
    /unknown field \(expected "steps" and "until"\)/g,
    'ukjent felt (forventet «steps» og «until»)',
    'ukjent felt (forventa «steps» og «until»)',
  ],
  [
    /unknown field \(expected "from" and "value"\)/g,
    'ukjent felt (forventet «from» og «value»)',
    'ukjent felt (forventa «from» og «value»)',
  ],
  [/a whole number from (\S+) to (\S+)/g, 'et heltall fra $1 til $2', 'eit heiltal frå $1 til $2'],
  [
    /a number from (\S+) to (\S+) or "none"/g,
    'et tall fra $1 til $2 eller «none»',
    'eit tal frå $1 til $2 eller «none»',
  ],
  [/a number from (\S+) to (\S+)/g, 'et tall fra $1 til $2', 'eit tal frå $1 til $2'],
  [/0 or 1 \(off\/on\)/g, '0 eller 1 (av/på)', '0 eller 1 (av/på)'],
  [/\(not a number\)/g, '(ikke et tall)', '(ikkje eit tal)'],
  [/a start "YYYY" or "YYYY-MM"/g, 'en start «ÅÅÅÅ» eller «ÅÅÅÅ-MM»', 'ein start «ÅÅÅÅ» eller «ÅÅÅÅ-MM»'],
  [/start year must be (\d+)-(\d+)/g, 'startåret må være $1–$2', 'startåret må vere $1–$2'],
  [/end year must be (\d+)-(\d+)/g, 'sluttåret må være $1–$2', 'sluttåret må vere $1–$2'],
  [/an object of lever id → value/g, 'et objekt med virkemiddel-id → verdi', 'eit objekt med verkemiddel-id → verdi'],
  [
    /an object of assumption id → number/g,
    'et objekt med forutsetnings-id → tall',
    'eit objekt med føresetnads-id → tal',
  ],
  [
    /an object of response id → mathjs expression/g,
    'et objekt med respons-id → mathjs-uttrykk',
    'eit objekt med respons-id → mathjs-uttrykk',
  ],
  [/an expression of 1-500 characters/g, 'et uttrykk på 1–500 tegn', 'eit uttrykk på 1–500 teikn'],
  [
    /a non-empty nynorsk text or no "nn"/g,
    'en nynorsktekst som ikke er tom, eller ingen «nn»',
    'ein nynorsktekst som ikkje er tom, eller ingen «nn»',
  ],
  [
    /an object with non-empty "nb" and "en" texts/g,
    'et objekt med tekst i både «nb» og «en»',
    'eit objekt med tekst i både «nb» og «en»',
  ],
  [
    /1-64 letters, digits, "-" or "_"/g,
    '1–64 bokstaver, sifre, «-» eller «_»',
    '1–64 bokstavar, siffer, «-» eller «_»',
  ],
  [/an array of \{seed, note\}/g, 'en liste av {seed, note}', 'ei liste av {seed, note}'],
  // links and saved scenarios (schemaText.ts)
  [/"nb", "nn" or "en"/g, '«nb», «nn» eller «en»', '«nb», «nn» eller «en»'],
  [/"nb" or "en"/g, '«nb» eller «en»', '«nb» eller «en»'],
  [
    /"sentralitet:1-6" or "kommune:NNNN"/g,
    '"sentralitet:1-6" eller "kommune:NNNN"',
    '"sentralitet:1-6" eller "kommune:NNNN"',
  ],
  [/\bexpected 1 or 2\b/g, 'expected 1 eller 2', 'expected 1 eller 2'],
  [/a list of at most (\d+) chart ids/g, 'en liste med høyst $1 diagram-id-er', 'ei liste med høgst $1 diagram-id-ar'],
  [/a chart id \(1-40 letters\)/g, 'en diagram-id (1–40 bokstaver)', 'ein diagram-id (1–40 bokstavar)'],
  [
    /an object with "reference" and "scenarios"/g,
    'et objekt med «reference» og «scenarios»',
    'eit objekt med «reference» og «scenarios»',
  ],
  [/an object with "origin"/g, 'et objekt med «origin»', 'eit objekt med «origin»'],
  // the map in a link (issue #16)
  [
    /an object with "outcome", "view" and "year"/g,
    'et objekt med «outcome», «view» og «year»',
    'eit objekt med «outcome», «view» og «year»',
  ],
  [/a county number of two digits/g, 'et fylkesnummer med to sifre', 'eit fylkesnummer med to siffer'],
  [/no such county "([^"]*)"/g, 'ukjent fylke «$1»', 'ukjent fylke «$1»'],
  [/\btrue or false\b/g, 'true eller false', 'true eller false'],
  [/a list of 2-4 scenarios/g, 'en liste med 2–4 scenarioer', 'ei liste med 2–4 scenario'],
  [/a name of (\d+)-(\d+) characters/g, 'et navn på $1–$2 tegn', 'eit namn på $1–$2 teikn'],
  [/a text of at most (\d+) characters/g, 'en tekst på høyst $1 tegn', 'ein tekst på høgst $1 teikn'],
  [
    /an ISO time \(YYYY-MM-DDTHH:MM:SSZ\)/g,
    'et ISO-tidspunkt (ÅÅÅÅ-MM-DDTtt:mm:ssZ)',
    'eit ISO-tidspunkt (ÅÅÅÅ-MM-DDTtt:mm:ssZ)',
  ],
  // how describeValue shows a large value
  [/an array of (\d+) items/g, 'en liste med $1 elementer', 'ei liste med $1 element'],
  [/an object with (\d+) fields/g, 'et objekt med $1 felt', 'eit objekt med $1 felt'],
  [/a JSON object/g, 'et JSON-objekt', 'eit JSON-objekt'],
  [/an object\b/g, 'et objekt', 'eit objekt'],
  [/an array\b/g, 'en liste', 'ei liste'],
  // valibot's own messages
  [
    /Invalid type: Expected (.+?) but received /g,
    'ugyldig type: forventet $1, fikk ',
    'ugyldig type: forventa $1, fekk ',
  ],
  [
    /Invalid length: Expected (.+?) but received /g,
    'ugyldig lengde: forventet $1, fikk ',
    'ugyldig lengd: forventa $1, fekk ',
  ],
  [
    /Invalid value: Expected (.+?) but received /g,
    'ugyldig verdi: forventet $1, fikk ',
    'ugyldig verdi: forventa $1, fekk ',
  ],
  [
    /Invalid key: Expected (.+?) but received /g,
    'ugyldig nøkkel: forventet $1, fikk ',
    'ugyldig nøkkel: forventa $1, fekk ',
  ],
  // the generic words
  [/\bexpected one of /g, 'forventet ett av ', 'forventa eitt av '],
  [/\bexpected /g, 'forventet ', 'forventa '],
  [/, got nothing\b/g, ', fikk ingenting', ', fekk ingenting'],
  [/, got /g, ', fikk ', ', fekk '],
  [/\bunknown field\b/g, 'ukjent felt', 'ukjent felt'],
];

/** The error detail in the page's language (bokmål and nynorsk rewrite known phrases; English is unchanged). */
export function localizeErrorDetail(detail: string, locale: Locale): string {
  if (locale === 'en') return capText(detail);
  const nn = locale === 'nn';
  // a generous cut before the rewrites (cheap on any length, and a phrase near the limit stays whole), the real one after
  let out = capText(detail, 4 * MAX_MESSAGE_CHARS);
  for (const [pattern, nb, nnText] of RULES) out = out.replace(pattern, nn ? nnText : nb);
  return capText(out);
}
