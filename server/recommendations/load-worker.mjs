// The model loading worker's entry in plain JavaScript: a worker thread does not inherit the
// process's TypeScript loader, so it registers tsx itself, then runs load-worker.ts.
import { register } from 'tsx/esm/api';

register();
await import('./load-worker.ts');
