// Module resolve hook for `npm run fuzz` (registered by fuzz.ts): the app's share-link codec imports named
// exports from lz-string, a CommonJS module whose exports Node cannot detect (Vite can), so under plain Node
// 'lz-string' resolves to an ES module shim that re-exports them.
export async function resolve(specifier, context, next) {
  if (specifier === 'lz-string')
    return { url: new URL('./fuzzLzString.mjs', import.meta.url).href, shortCircuit: true };
  return next(specifier, context);
}
