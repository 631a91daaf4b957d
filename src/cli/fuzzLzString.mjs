// lz-string as an ES module with named exports, for the app's share-link codec under plain Node (fuzzHooks.mjs).
import { createRequire } from 'node:module';

const lz = createRequire(import.meta.url)('lz-string');
export const compressToEncodedURIComponent = lz.compressToEncodedURIComponent;
export const decompressFromEncodedURIComponent = lz.decompressFromEncodedURIComponent;
export const compressToBase64 = lz.compressToBase64;
export const decompressFromBase64 = lz.decompressFromBase64;
export const compress = lz.compress;
export const decompress = lz.decompress;
export default lz;
