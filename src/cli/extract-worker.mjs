// Piscina worker entry. Worker threads do not inherit the tsx loader that bin/lotrinh registers in the
// main thread, so register it here before importing the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
const mod = await import('./extract-worker.ts');
export default mod.default;
