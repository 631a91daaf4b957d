/**
 * The map, risk list and peers (issue #16), loaded on first use from main.ts (a dynamic import: none of it, nor
 * d3-geo, topojson-client or the boundaries, is in the first load). It asks the worker for the per-municipality
 * series of ONE national run per scenario (sim/mapCompute.ts), again (debounced) when the scenario changes while a
 * panel is open; the map panel and its geometry load only when "Kart og rangering" is opened, the peers table
 * only needs the series.
 */
import { getLocale, onLocaleChange, t } from '../i18n.ts';
import type { SimClient } from '../sim/simClient.ts';
import type { MapSeries, RegionOption, RunRequest } from '../sim/protocol.ts';
import type { MapNumbers } from './mapData.ts';
import type { MapPanel } from './mapPanel.ts';
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
  /** Names of current policy and the scenario, for the stamp. */
  scenarioNames(): string[];
}

/** What the map panel and the risk list get: the host and the stamp. */
export interface PanelHost extends MapHost {
  stamp(s: MapStampInput): Promise<string[]>;
}

export interface MapMount {
  /** "Kart og rangering" was opened: load the map (once) and show it. */
  openMap(): void;
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
        const series = res as MapSeries;
        numbers = { series, probabilities: null };
        mapStatus.textContent = '';
        if (panel) {
          panel.dropProbabilities();
          panel.setNumbers({ series, probabilities: null });
        }
        showPeers();
      })
      .catch((e: Error) => {
        mapStatus.textContent = t('mapLoadFailed', { message: e.message });
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
      panel = new MapPanel(mapRoot, features, numbers, { ...host, stamp });
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

  return {
    openMap: () => {
      mapWanted = true;
      void loadPanel();
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
      if ((mapWanted || peersWanted) && requestKey(host.request()) !== key) schedule();
    },
    stamp,
  };
}
