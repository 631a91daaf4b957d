/**
 * The assumptions panel, loaded on demand: when its <details> is first opened, or as soon as the scenario changes an
 * assumption or a formula (a share link, a file, undo), so that what the panel shows is always there when it is
 * needed. Until then render() and sync() do nothing. Keeps the assumptions' texts and the formula editor out of the
 * page's first load.
 */
import type { AssumptionsPanel, FormulaChecker } from './assumptionsPanel.ts';
import type { PanelHandlers } from './leversPanel.ts';
import type { ScenarioState } from './state.ts';

export class LazyAssumptionsPanel {
  private panel: AssumptionsPanel | null = null;
  private loading: Promise<void> | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly details: HTMLDetailsElement,
    private readonly getState: () => ScenarioState,
    private readonly handlers: PanelHandlers,
    private readonly checker: FormulaChecker,
  ) {
    details.addEventListener('toggle', () => {
      if (details.open) void this.load();
    });
  }

  /** Whether the panel module has loaded (tests and the page's signals). */
  get loaded(): boolean {
    return this.panel !== null;
  }

  /** Loads the panel and renders it (once). */
  load(): Promise<void> {
    this.loading ??= import('./assumptionsPanel.ts').then((m) => {
      this.panel = new m.AssumptionsPanel(this.root, this.getState, this.handlers, this.checker);
      this.panel.render();
    });
    return this.loading;
  }

  render(): void {
    if (this.panel) this.panel.render();
    else if (this.needed()) void this.load();
  }

  sync(): void {
    if (this.panel) this.panel.sync();
    else if (this.needed()) void this.load();
  }

  private needed(): boolean {
    const s = this.getState();
    return this.details.open || Object.keys(s.assumptions).length > 0 || Object.keys(s.formulas).length > 0;
  }
}
