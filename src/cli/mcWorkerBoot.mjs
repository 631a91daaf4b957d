// Worker-thread entry: registers tsx's TypeScript loader inside the worker, then runs mcWorker.ts.
import { register } from 'tsx/esm/api';

register();
await import('./mcWorker.ts');
