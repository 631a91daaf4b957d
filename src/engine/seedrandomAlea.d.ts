/**
 * seedrandom's alea alone (`seedrandom/lib/alea.js`, the generator the engine uses), typed as seedrandom's own
 * `seedrandom.alea`: importing the package's index would bundle its five other generators into the worker too.
 */
declare module 'seedrandom/lib/alea.js' {
  import seedrandom from 'seedrandom';
  const alea: typeof seedrandom.alea;
  export default alea;
}
