/** A tiny element builder for the UI modules (no framework). */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string | number | boolean | undefined>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'class') el.className = String(v);
    else if (k === 'text') el.textContent = String(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c) el.append(c);
  return el;
}

/** Removes every child of an element. */
export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

let uid = 0;
/** A unique id for label/description links. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${++uid}`;
}

/**
 * A wrapper in which a table wider than its container scrolls sideways. The wrapper takes the keyboard focus and is
 * named by the table's caption, so that a keyboard user can scroll it and hears what it holds (WCAG 2.1.1; axe's
 * scrollable-region-focusable found the comparison's tables without it on a 390 px phone).
 */
export function scrollRegion(table: HTMLTableElement, className = 'table-scroll'): HTMLDivElement {
  const caption = table.querySelector(':scope > caption');
  if (caption && !caption.id) caption.id = uniqueId('table-caption');
  return h('div', { class: className, tabindex: 0, role: 'region', 'aria-labelledby': caption?.id }, table);
}
