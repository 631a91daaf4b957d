/**
 * The "Treffsikkerhet" section's shell, in the first load: a closed <details> with its summary and lead. Opening
 * it loads the panel, the track record and the municipality records (dynamic imports: nothing of it is in the
 * first load), then the panel follows the region on screen and the language. Whether it is open and the start
 * year shown are part of the share link (linkTrack / applyLink); `onChange` is told when the user changes either.
 */
import { h } from '../dom.ts';
import { onLocaleChange, t } from '../i18n.ts';
import type { RegionOption } from '../sim/protocol.ts';
import { DEFAULT_ORIGIN, TRACK_ORIGINS, type TrackOrigin } from './origins.ts';
import type { TrackRecordPanel } from './panel.ts';

/** The panel as a share link holds it: present when open, with the start year shown. */
export interface TrackLinkState {
  readonly origin: TrackOrigin;
}

export interface TrackRecordMount {
  /** Call when the region on screen may have changed (cheap when it has not). */
  regionChanged(): void;
  /** The panel's state for the share link: its start year when open, undefined when closed. */
  linkTrack(): TrackLinkState | undefined;
  /** Applies a share link's state: open on its start year, or closed (undefined). */
  applyLink(state: TrackLinkState | undefined): void;
  /** The start year shown (or to be shown when the panel opens): the council report's track record follows it. */
  origin(): TrackOrigin;
}

const asOrigin = (o: number): TrackOrigin => TRACK_ORIGINS.find((x) => x === o) ?? DEFAULT_ORIGIN;

export function mountTrackRecord(
  root: HTMLElement,
  region: () => RegionOption,
  onChange: () => void = () => {},
): TrackRecordMount {
  const title = h('span', { class: 'compare-summary' }, t('trackHeading'));
  const lead = h('p', { class: 'panel-lead' }, t('trackLead'));
  const status = h('p', { id: 'track-status', role: 'status', class: 'compare-status' });
  const body = h('div', { id: 'track-body', class: 'track-body' });
  const details = h(
    'details',
    { id: 'track-details', class: 'track-panel' },
    h('summary', {}, title),
    lead,
    status,
    body,
  );
  root.append(details);
  let panel: TrackRecordPanel | null = null;
  let loading = false;
  /** The start year to show (kept while the panel is closed or still loading). */
  let origin: TrackOrigin = DEFAULT_ORIGIN;

  const load = async () => {
    if (panel || loading) return;
    loading = true;
    status.textContent = t('trackLoading');
    try {
      const [{ TrackRecordPanel }, { loadTrackData }] = await Promise.all([import('./panel.ts'), import('./data.ts')]);
      const data = await loadTrackData();
      panel = new TrackRecordPanel(body, data, region(), origin, (o) => {
        origin = asOrigin(o);
        onChange();
      });
      status.textContent = '';
    } catch (e) {
      status.textContent = t('trackLoadFailed', { message: (e as Error).message });
    } finally {
      loading = false;
    }
  };

  // the toggle event also follows applyLink's changes (asynchronously): the link then already says the same
  let wasOpen = details.open;
  details.addEventListener('toggle', () => {
    if (details.open) void load();
    if (details.open !== wasOpen) {
      wasOpen = details.open;
      onChange();
    }
  });
  onLocaleChange(() => {
    title.textContent = t('trackHeading');
    lead.textContent = t('trackLead');
    panel?.render();
  });
  return {
    regionChanged: () => panel?.setRegion(region()),
    linkTrack: () => (details.open ? { origin } : undefined),
    origin: () => origin,
    applyLink: (state) => {
      if (state) {
        origin = state.origin;
        panel?.setOrigin(origin);
      }
      details.open = state !== undefined;
    },
  };
}
