// `npm run dev`: the API server with the demo data on :3000 and Vite's dev server (hot reload) on :5173,
// which forwards /api to it. Ctrl-C stops both.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const api = spawn(process.execPath, ['bin/lotrinh', 'serve', '--demo', '--port', '3000'], {
  cwd: root,
  stdio: 'inherit',
});
const web = await createServer({ configFile: `${root}/vite.config.ts` });
await web.listen(5173);
web.printUrls();

const stop = async () => {
  api.kill('SIGTERM');
  await web.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
api.once('exit', (code) => {
  console.error(`API server exited (${code})`);
  void web.close().then(() => process.exit(code ?? 1));
});
