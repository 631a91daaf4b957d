/**
 * The "Treffsikkerhet" section's shell, in the first load: a closed <details> with its summary and lead. Opening
 * it loads the panel, the track record and the municipality records (dynamic imports: nothing of it is in the
 * first load), then the panel follows the region on screen and the language.
 */
import { h } from '../dom.ts';
import { onLocaleChange, t } from '../i18n.ts';
import type { RegionOption } from '../sim/protocol.ts';
import type { TrackRecordPanel } from './panel.ts';

export interface TrackRecordMount {
  /** Call when the region on screen may have changed (cheap when it has not). */
  regionChanged(): void;
}

export function mountTrackRecord(root: HTMLElement, region: () => RegionOption): TrackRecordMount {
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

  const load = async () => {
    if (panel || loading) return;
    loading = true;
    status.textContent = t('trackLoading');
    try {
      const [{ TrackRecordPanel }, { loadTrackData }] = await Promise.all([import('./panel.ts'), import('./data.ts')]);
      const data = await loadTrackData();
      panel = new TrackRecordPanel(body, data, region());
      status.textContent = '';
    } catch (e) {
      status.textContent = t('trackLoadFailed', { message: (e as Error).message });
    } finally {
      loading = false;
    }
  };

  details.addEventListener('toggle', () => {
    if (details.open) void load();
  });
  onLocaleChange(() => {
    title.textContent = t('trackHeading');
    lead.textContent = t('trackLead');
    panel?.render();
  });
  return {
    regionChanged: () => panel?.setRegion(region()),
  };
}
