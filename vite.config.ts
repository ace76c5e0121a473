import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The web app (web/) builds to dist/web, which the server serves at `/` with an SPA fallback.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    // .vite/manifest.json: which chunks the entry loads up front (bench/web.bench.ts measures them).
    manifest: true,
    // Route chunks load on demand; the entry stays small (issue 4: initial JS ≤ 350 KB gzipped).
    chunkSizeWarningLimit: 1200,
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});
