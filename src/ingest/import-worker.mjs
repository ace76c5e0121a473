// Piscina worker entry for bulk imports. Worker threads do not inherit the tsx loader of the main thread,
// so register it here before importing the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
const mod = await import('./import-worker.ts');
export default mod.default;
