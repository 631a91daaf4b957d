/**
 * The plain-language summary of the track record for a region, in the UI's language: how often the model's 80 %
 * interval held what happened there, how far its median and "no change" missed, the probability it gave of a
 * crisis and whether one came, the same for municipalities like it, with the validation's CRPS against "no
 * change", and for a municipality what happened where it stood at the origin. Numbers are rounded to what can be
 * known (percentage points to one decimal, whole patients, coverage in whole per cent, probabilities to 5 points).
 * DOM-free: tested in Node in both languages.
 */
import { formatInteger, formatList, formatPercent, formatProbability, formatYear } from '../format.ts';
import { localeTag, t, type StringKey } from '../i18n.ts';
import '../strings/later.ts';
import type { RegionOption } from '../sim/protocol.ts';
import type { OutcomeScore, Peers, PooledScore, TrackView } from './select.ts';

/** The region as a sentence names it: "Bindal", "hele landet", "sentralitetsklasse 6", "Nordland". */
export function sentenceName(o: RegionOption): string {
  switch (o.type) {
    case 'national':
      return t('trackNational');
    case 'sentralitet':
      return t('trackClassName', { n: o.code });
    default:
      return o.name;
  }
}

/** A number with exactly `digits` decimals in the UI's language ("4,0", "1,10"). */
export function formatFixed(v: number, digits: number): string {
  if (!Number.isFinite(v)) return '–';
  const tag = localeTag();
  return new Intl.NumberFormat(tag, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(v + 0);
}

/** Share as percentage points with one decimal, always shown ("4,0"). */
const pp = (share: number) => formatFixed(share * 100, 1);
const patients = (n: number) => formatInteger(n);

/** A value as the summary shows it, for comparing two shown values (equal when they print alike). */
const shownPp = (share: number) => Math.round(share * 1000);
const shownPatients = (n: number) => Math.round(n);

/** "under 2 000 innbyggere" from the validation's English size-band label ("under 2,000", "2,000-4,999", …). */
export function sizeBandText(label: string): string {
  const nums = [...label.matchAll(/\d[\d,]*/g)].map((m) => formatInteger(Number(m[0].replace(/,/g, ''))));
  if (/^under/i.test(label)) return t('trackSizeUnder', { a: nums[0] ?? '' });
  if (/over/i.test(label)) return t('trackSizeOver', { a: nums[0] ?? '' });
  return t('trackSizeRange', { a: nums[0] ?? '', b: nums[1] ?? '' });
}

/** "sentralitetsklasse 6, under 2 000 innbyggere". */
export function likeText(peers: Peers): string {
  const parts: string[] = [];
  if (peers.centralityClass !== undefined) parts.push(t('trackClassName', { n: peers.centralityClass }));
  if (peers.sizeBand !== undefined) parts.push(sizeBandText(peers.sizeBand));
  return parts.join(', ');
}

/** -1 when the model's value prints lower than "no change", 1 when higher, 0 when they print alike. */
type Order = -1 | 0 | 1;
const order = (model: number, persistence: number): Order => Math.sign(model - persistence) as Order;

const VERDICT: Readonly<Record<Order, StringKey>> = { [-1]: 'trackBetterThan', 0: 'trackSameAs', 1: 'trackWorseThan' };
const COMPARATIVE: Readonly<Record<Order, StringKey>> = { [-1]: 'trackBetter', 0: 'trackSame', 1: 'trackWorse' };

/** The region's own record: interval hits, misses against "no change", and the verdict; or why there is none. */
function regionParagraph(v: TrackView, name: string): string {
  const track = v.track;
  if (!track || !v.scored)
    return v.region.type === 'kommune'
      ? t(v.noSsbRows ? 'trackNoSsbRows' : 'trackNotScored', { region: name, origin: v.origin })
      : t('trackNoneScored', { region: name, origin: v.origin });
  const out: string[] = [];
  if (v.region.type !== 'kommune' && track.scored < track.members)
    out.push(t('trackPartial', { region: name, scored: track.scored, members: track.members, origin: v.origin }));
  const s = v.share;
  const l = v.listLength;
  if (s && l) {
    // one test year (from 2024): held or missed, in that year, rather than "in 1 of 1 years" and "on average"
    const one = s.years === 1 && l.years === 1;
    const oneKey: StringKey =
      s.hits && l.hits
        ? 'trackHitsOneBoth'
        : s.hits
          ? 'trackHitsOneShare'
          : l.hits
            ? 'trackHitsOneList'
            : 'trackHitsOneNone';
    out.push(
      one
        ? t(oneKey, { region: name, year: formatYear(v.years[v.years.length - 1]!) })
        : t('trackHits', {
            region: name,
            shareHits: s.hits,
            shareYears: s.years,
            listHits: l.hits,
            listYears: l.years,
          }),
      t(one ? 'trackMissesOne' : 'trackMisses', {
        persShare: pp(s.maePersistence),
        modelShare: pp(s.maeModel),
        persList: patients(l.maePersistence),
        modelList: patients(l.maeModel),
      }),
      verdictSentence(s, l),
    );
  }
  return out.join(' ');
}

/**
 * Whether the median came closer than "no change", per outcome, as the summary prints them: a miss printed the same
 * for both is "as close" (the sentence before shows the two equal numbers), not "not closer".
 */
export function verdictSentence(s: OutcomeScore, l: OutcomeScore): string {
  const share = shownPp(s.maeModel) < shownPp(s.maePersistence);
  const list = shownPatients(l.maeModel) < shownPatients(l.maePersistence);
  const shareTie = shownPp(s.maeModel) === shownPp(s.maePersistence);
  const listTie = shownPatients(l.maeModel) === shownPatients(l.maePersistence);
  if (share && list) return t('trackVerdictBoth');
  if (share) return t(listTie ? 'trackVerdictListTie' : 'trackVerdictShare');
  if (list) return t(shareTie ? 'trackVerdictShareTie' : 'trackVerdictList');
  return t('trackVerdictNone');
}

/** The probability of a crisis per year and whether it came. */
function eventsParagraph(v: TrackView): string | null {
  if (v.events.length === 0) return null;
  const items = v.events.map((e) =>
    t(e.happened ? 'trackEventYes' : 'trackEventNo', { p: formatProbability(e.p), year: formatYear(e.year) }),
  );
  const events = t('trackEvents', { list: formatList(items) });
  const based = v.events.filter((e) => e.base !== undefined);
  if (based.length === 0) return events;
  const base = based.map((e) => t('trackBaseItem', { p: formatProbability(e.base!), year: formatYear(e.year) }));
  return `${events} ${t('trackEventsBase', { origin: v.origin, list: formatList(base) })}`;
}

/** Municipalities like it (or the area's own, one by one), and the validation's CRPS of the matching groups. */
/** "1 kommune", "12 kommuner". */
function municipalityCount(n: number): string {
  return n === 1 ? t('trackMunicipalityCountOne') : t('trackMunicipalityCount', { n: formatInteger(n) });
}

function peersParagraph(peers: Peers): string | null {
  const out: string[] = [];
  const sc: PooledScore | null = peers.score;
  if (sc) {
    const head =
      peers.kind === 'like'
        ? t('trackPeersLikeHead', {
            like: likeText(peers),
            municipalities: municipalityCount(sc.municipalities),
            cases: formatInteger(sc.cases),
          })
        : t('trackPeersMembersHead', {
            municipalities: municipalityCount(sc.municipalities),
            cases: formatInteger(sc.cases),
          });
    out.push(
      t('trackPeers', {
        head,
        shareCoverage: formatPercent(sc.share.hits / sc.share.years, 0),
        listCoverage: formatPercent(sc.listLength.hits / sc.listLength.years, 0),
        modelShare: pp(sc.share.maeModel),
        persShare: pp(sc.share.maePersistence),
        modelList: patients(sc.listLength.maeModel),
        persList: patients(sc.listLength.maePersistence),
      }),
    );
  }
  peers.groups.forEach(({ kind, group }, i) => {
    const name =
      kind === 'all'
        ? t('trackGroupAll')
        : kind === 'class'
          ? t('trackClassName', { n: group.group })
          : t('trackGroupSize', { size: sizeBandText(group.group) });
    const share = order(shownPp(group.share.crps), shownPp(group.share.crpsPersistence));
    const list = order(shownPatients(group.listLength.crps), shownPatients(group.listLength.crpsPersistence));
    const numbers = {
      crpsShare: pp(group.share.crps),
      crpsPersShare: pp(group.share.crpsPersistence),
      crpsList: patients(group.listLength.crps),
      crpsPersList: patients(group.listLength.crpsPersistence),
    };
    const rest =
      share === list
        ? t('trackCrpsSame', { verdict: t(VERDICT[share]), ...numbers })
        : t('trackCrpsMixed', { shareVerdict: t(VERDICT[share]), listVerdict: t(COMPARATIVE[list]), ...numbers });
    out.push(t(i === 0 ? 'trackCrpsFirst' : 'trackCrpsNext', { group: name, n: formatInteger(group.n), rest }));
  });
  return out.length > 0 ? out.join(' ') : null;
}

/**
 * For a municipality: what happened on average where it stood at the origin (its band of the share without a GP), what
 * the model said there and what "no change" said, and the CRPS there of the model and of both naive forecasts that know
 * where it stood ("no change" and where those that stood alike went). It shows whether the model lets crises ease as
 * fast as they did, and whether it does better there than the record alone.
 */
function standingParagraph(peers: Peers): string | null {
  if (!peers.standing) return null;
  const { band, group } = peers.standing;
  const means = t('trackStanding', {
    band: t(`standingBand${band}` as StringKey),
    n: formatInteger(group.n),
    model: pp(group.share.mean),
    persistence: pp(group.share.meanPersistence),
    actual: pp(group.share.meanActual),
  });
  const s = group.share;
  if (s.crpsStanding === undefined) return means;
  // both naive forecasts of the share there, by CRPS as printed (a tie is no win)
  const beatsPersistence = shownPp(s.crps) < shownPp(s.crpsPersistence);
  const beatsStanding = shownPp(s.crps) < shownPp(s.crpsStanding);
  const verdict: StringKey =
    beatsPersistence && beatsStanding
      ? 'trackStandingBoth'
      : beatsPersistence
        ? 'trackStandingPersistenceOnly'
        : beatsStanding
          ? 'trackStandingStandingOnly'
          : 'trackStandingNeither';
  return `${means} ${t('trackStandingCrps', {
    verdict: t(verdict),
    crps: pp(s.crps),
    crpsPersistence: pp(s.crpsPersistence),
    crpsStanding: pp(s.crpsStanding),
  })}`;
}

/**
 * The summary's paragraphs: the region's own record (or why it has none), the probability of a crisis, the
 * registered-basis note when a test year lies before 2022, municipalities like it, and for a municipality those that
 * stood where it stood at the origin. `name` is the region as
 * the sentence names it ("Bindal", "hele landet").
 */
export function trackSummary(v: TrackView, name: string): string[] {
  const registered =
    v.scored && v.registeredBasisYears.length > 0
      ? t('trackRegistered', { years: formatList(v.registeredBasisYears.map(formatYear)) })
      : null;
  return [
    regionParagraph(v, name),
    eventsParagraph(v),
    registered,
    peersParagraph(v.peers),
    standingParagraph(v.peers),
  ].filter((p): p is string => p !== null && p !== '');
}
