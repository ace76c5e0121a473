// recordAudit lives in db/audit.ts, shared by the server and ingest.
export { recordAudit } from '../db/audit.ts';
