/** Public API of the lever and assumption registries. */
export * from './types.ts';
export * from './registry.ts';
export * from './assumptions.ts';
export * from './values.ts';
