/**
 * The map, risk list and peers (issue #16), loaded on first use from main.ts (a dynamic import: none of it, nor
 * d3-geo, topojson-client or the boundaries, is in the first load). It asks the worker for the per-municipality
 * series of ONE national run per scenario (sim/mapCompute.ts), again (debounced) when the scenario changes while a
 * panel is open; the map panel and its geometry load only when "Kart og rangering" is opened, the peers table
 * and the charts' reference lines (peerLines.ts) only need the series. The map's outcome, view, year and county
 * travel in the share link (linkMap, applyLink).
 */
import type { ReferenceLine } from '../chartView.ts';
import { h } from '../dom.ts';
import { getLocale, onLocaleChange, t } from '../i18n.ts';
import '../strings/later.ts';
import type { LinkMap } from '../scenarios/shareLink.ts';
import type { SimClient } from '../sim/simClient.ts';
import type { MapSeries, RegionOption, RunRequest } from '../sim/protocol.ts';
import type { MapNumbers } from './mapData.ts';
import type { MapPanel } from './mapPanel.ts';
import { namedReferences, refText, type NamedReferences } from './peerLines.ts';
import { renderPeers } from './peersPanel.ts';

export interface MapStampInput {
  readonly title: string;
  readonly unit: string;
  readonly runs: number | null;
  readonly year: number;
  /** The county zoomed to, if any (else the whole country). */
  readonly region?: string;
}

export interface MapHost {
  readonly client: Pick<SimClient, 'mapSeries'>;
  readonly seed: number;
  request(): RunRequest;
  region(): RegionOption;
  /** Puts a region on screen ("kommune:1811") as the region picker does. */
  selectRegion(value: string): void;
  announce(text: string): void;
  /** Names of current policy and the scenario, for the stamp and the reference lines' legend. */
  scenarioNames(): string[];
  /** The map's outcome, view, year or county changed (debounced): the share link follows. */
  mapChanged(): void;
  /** The reference lines changed (switched, new series): the charts draw them again. */
  linesChanged(): void;
  /** The reference lines' switch: their note (which peers, which run, or that they are computing) goes after it. */
  readonly refBox: HTMLInputElement;
}

/** What the map panel and the risk list get: the host and the stamp. */
export interface PanelHost extends MapHost {
  stamp(s: MapStampInput): Promise<string[]>;
}

export interface MapMount {
  /** "Kart og rangering" was opened: load the map (once) and show it (in a link's state: applyLink). */
  openMap(): void;
  /** The map's state for the share link (that of the link it was opened with until the panel is up). */
  linkMap(): LinkMap | undefined;
  /** A share link's map (opened in its state, or closed) and reference lines (on or off). */
  applyLink(map: LinkMap | undefined, refs: boolean): void;
  /** The reference lines were switched on (true) or off. */
  wantLines(on: boolean): void;
  /** The reference lines for the region on screen (undefined until computed or when off); see peerLines.ts. */
  references(compare: boolean): ReferenceLine[] | undefined;
  /** "Kommuner som ligner" was opened. */
  openPeers(): void;
  /** The page rendered (the scenario or the region may have changed). */
  changed(): void;
  /** The stamp lines for a map export (export/stamp.ts). */
  stamp(s: MapStampInput): Promise<string[]>;
}

declare const __APP_VERSION__: string;
declare const __DATA_VERSION__: string;

const DEBOUNCE_MS = 400;

export function mountMap(
  mapRoot: HTMLElement,
  mapStatus: HTMLElement,
  peersRoot: HTMLElement,
  host: MapHost,
): MapMount {
  let numbers: MapNumbers | null = null;
  let key = '';
  let loading: Promise<void> | null = null;
  let mapWanted = false;
  let peersWanted = false;
  let panel: MapPanel | null = null;
  let panelLoading = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastRegion = '';
  let linesWanted = false;
  /** Counts the series received (the reference lines' cache key). */
  let version = 0;
  let refKey = '';
  let refs: NamedReferences | null = null;
  let initialMap: LinkMap | undefined;
  let mapTimer: ReturnType<typeof setTimeout> | undefined;
  let note: HTMLElement | null = null;
  /** The reference lines' note, under their switch (created on first use). */
  const linesNote = (): HTMLElement => {
    if (!note) {
      note = h('p', { id: 'ref-lines-note', class: 'hint' });
      host.refBox.parentElement?.append(note);
      host.refBox.setAttribute('aria-describedby', note.id);
    }
    return note;
  };
  const mapChanged = () => {
    clearTimeout(mapTimer);
    mapTimer = setTimeout(() => host.mapChanged(), 250);
  };

  const requestKey = (r: RunRequest) => JSON.stringify({ ...r, region: 'national' });

  const showPeers = () => {
    const r = host.region();
    if (!peersWanted || !numbers) return;
    if (r.type !== 'kommune') peersRoot.replaceChildren();
    else renderPeers(peersRoot, numbers, r.code, (code) => host.selectRegion(`kommune:${code}`));
  };

  const fetchSeries = (): Promise<void> => {
    const req = host.request();
    const k = requestKey(req);
    if (k === key && numbers) return Promise.resolve();
    if (loading) return loading;
    if (!numbers) mapStatus.textContent = t('mapComputing');
    loading = host.client
      .mapSeries(req)
      .then((res) => {
        key = k;
        version++;
        const series = res as MapSeries;
        numbers = { series, probabilities: null };
        mapStatus.textContent = '';
        if (panel) {
          panel.dropProbabilities();
          panel.setNumbers({ series, probabilities: null });
        }
        showPeers();
        if (linesWanted) host.linesChanged();
      })
      .catch((e: Error) => {
        mapStatus.textContent = t('mapLoadFailed', { message: e.message });
        if (linesWanted) linesNote().textContent = mapStatus.textContent;
      })
      .finally(() => {
        loading = null;
        // the scenario moved on while this ran
        if (requestKey(host.request()) !== key) schedule();
      });
    return loading;
  };

  function schedule(): void {
    clearTimeout(timer);
    timer = setTimeout(() => void fetchSeries(), DEBOUNCE_MS);
  }

  const loadPanel = async () => {
    if (panel || panelLoading) return;
    panelLoading = true;
    mapStatus.textContent = t('mapLoading');
    try {
      const [{ MapPanel }, { loadMunicipalities }] = await Promise.all([
        import('./mapPanel.ts'),
        import('./geometry.ts'),
        fetchSeries(),
      ]).then(([a, b]) => [a, b] as const);
      const features = await loadMunicipalities();
      if (!numbers) return;
      panel = new MapPanel(mapRoot, features, numbers, { ...host, stamp, mapChanged }, initialMap);
      initialMap = undefined;
      mapChanged();
      mapStatus.textContent = '';
    } catch (e) {
      mapStatus.textContent = t('mapLoadFailed', { message: (e as Error).message });
    } finally {
      panelLoading = false;
    }
  };

  async function stamp(s: MapStampInput): Promise<string[]> {
    const { stampLines } = await import('../export/stamp.ts');
    const years = numbers?.series.years ?? [s.year];
    return stampLines({
      title: `${s.title} ${s.year}`,
      unit: s.unit,
      region: s.region ?? t('mapWholeCountry'),
      imputed: numbers?.series.municipalities.filter((m) => m.imputed).map((m) => m.name) ?? [],
      scenarios: host.scenarioNames(),
      years: [years[0]!, years[years.length - 1]!],
      runs: s.runs,
      seed: host.seed,
      probability: s.runs !== null,
      appVersion: __APP_VERSION__,
      dataVersion: __DATA_VERSION__,
      date: new Date(),
    });
  }

  let locale = getLocale();
  onLocaleChange(() => {
    if (getLocale() === locale) return;
    locale = getLocale();
    panel?.render();
    showPeers();
  });

  const wantLines = (on: boolean) => {
    linesWanted = on;
    linesNote().hidden = !on;
    if (on && !numbers) linesNote().textContent = refText('computing');
    host.linesChanged();
    if (on) void fetchSeries();
  };

  return {
    openMap: () => {
      mapWanted = true;
      mapChanged(); // the link says the map is open (again)
      void loadPanel();
    },
    linkMap: () => panel?.linkState() ?? initialMap,
    applyLink: (map, refs) => {
      if (panel && map) panel.applyState(map);
      else if (!panel) initialMap = map;
      // opening the map's <details> loads it (the page's toggle handler calls openMap)
      const details = mapRoot.closest('details');
      if (details) details.open = !!map;
      host.refBox.checked = refs;
      wantLines(refs);
    },
    wantLines,
    references: (compare) => {
      if (!linesWanted || !numbers) return undefined;
      const r = host.region();
      const [baselineName = '', scenarioName = ''] = host.scenarioNames();
      const k = JSON.stringify([version, r.value, compare, baselineName, scenarioName, getLocale()]);
      if (k !== refKey || !refs) {
        refKey = k;
        refs = namedReferences(numbers, r, { compare, scenarioName, baselineName });
      }
      linesNote().textContent = refs.note;
      return refs.lines;
    },
    openPeers: () => {
      peersWanted = true;
      if (numbers) showPeers();
      void fetchSeries();
    },
    changed: () => {
      const r = host.region().value;
      if (r !== lastRegion) {
        lastRegion = r;
        panel?.regionChanged();
        showPeers();
      }
      if ((mapWanted || peersWanted || linesWanted) && requestKey(host.request()) !== key) schedule();
    },
    stamp,
  };
}
