/** The analyses on top of the engine: sensitivity, goal seek and the cheapest package (DOM-free). */
export * from './target.ts';
export * from './evaluator.ts';
export * from './leverGrid.ts';
export * from './goalSeek.ts';
export * from './sensitivity.ts';
export * from './optimise.ts';
