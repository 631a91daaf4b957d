/**
 * Keeps a block's height from jumping while its content settles (issue #15: the key figures and the Monte Carlo bar
 * grow and shrink while the uncertainty is computed): after each update the block's min-height is raised to the
 * tallest it has been, so nothing below it moves; it starts over when the window's width changes or on reset() (a
 * new region, another language), when a move is expected anyway.
 */
export class SteadyHeight {
  private width = window.innerWidth;
  constructor(private readonly el: HTMLElement) {
    window.addEventListener('resize', () => {
      if (window.innerWidth === this.width) return;
      this.width = window.innerWidth;
      this.reset();
    });
  }

  /** Call after the block's content changed. */
  settle(): void {
    const h = this.el.getBoundingClientRect().height;
    // border-box: the min-height is the whole block's height, padding included (else it would grow each time)
    this.el.style.boxSizing = 'border-box';
    if (h > 0) this.el.style.minHeight = `${Math.ceil(h)}px`;
  }

  /** Forgets the height (the next settle() starts from the content's own). */
  reset(): void {
    this.el.style.minHeight = '';
  }
}
