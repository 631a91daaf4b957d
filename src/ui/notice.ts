/**
 * Messages the page shows when something fails: capped at a readable length (a 20-million-character value in a
 * link or file never fills the page), a JavaScript or engine text only inside a "Tekniske detaljer" toggle, and a
 * close button where the message stays until the user dismisses it. DOM-light: capText is plain text (tested in
 * Node); renderNotice builds the elements.
 */
import { h } from './dom.ts';
import { t } from './i18n.ts';

/** Longest message (or detail of a refused file or link) shown, in characters. */
export const MAX_MESSAGE_CHARS = 300;
/** Longest technical detail shown inside the toggle. */
export const MAX_DETAIL_CHARS = 1000;
/** A field path kept whole at the start of a capped message ("scenarios[0].levers.capitationRate: …"). */
const FIELD = /^[^\s:]{1,120}: /;

/**
 * The text cut to `max` characters, ending with "…" when cut; a leading field path ("levers.x: ") is kept whole,
 * so the message still says which field it is about.
 */
export function capText(text: string, max = MAX_MESSAGE_CHARS): string {
  if (text.length <= max) return text;
  const field = FIELD.exec(text.slice(0, 130))?.[0] ?? '';
  const room = Math.max(1, max - field.length - 1);
  let body = text.slice(field.length, field.length + room);
  // never end on half of a surrogate pair
  if (/[\uD800-\uDBFF]$/.test(body)) body = body.slice(0, -1);
  return `${field}${body.trimEnd()}…`;
}

export interface Notice {
  /** The message in the user's words. */
  readonly text: string;
  /** Raw technical text (an engine or JavaScript message), shown only inside a toggle. */
  readonly detail?: string;
  /** A close button; the message stays until it is used (or the page replaces the message). */
  readonly dismissible?: boolean;
}

/**
 * Shows a notice in `el` (hidden when `notice` is null). The close button hides the message, calls `onDismiss`
 * and moves the focus to `returnFocus()` when it was on the button.
 */
export function renderNotice(
  el: HTMLElement,
  notice: Notice | null,
  opts: { onDismiss?: () => void; returnFocus?: () => HTMLElement | null } = {},
): void {
  el.replaceChildren();
  el.hidden = notice === null;
  if (!notice) return;
  el.append(h('span', { class: 'notice-text' }, capText(notice.text, 2 * MAX_MESSAGE_CHARS)));
  if (notice.detail) {
    el.append(
      ' ',
      h(
        'details',
        { class: 'notice-details' },
        h('summary', {}, t('technicalDetails')),
        h('code', { class: 'notice-detail' }, capText(notice.detail, MAX_DETAIL_CHARS)),
      ),
    );
  }
  if (notice.dismissible) {
    const close = h(
      'button',
      {
        type: 'button',
        class: 'ds-button notice-close',
        'data-variant': 'tertiary',
        'data-size': 'sm',
        'aria-label': t('dismissMessage'),
      },
      t('close'),
    );
    close.addEventListener('click', () => {
      const hadFocus = el.contains(document.activeElement);
      el.replaceChildren();
      el.hidden = true;
      opts.onDismiss?.();
      if (hadFocus) opts.returnFocus?.()?.focus();
    });
    el.append(' ', close);
  }
}
