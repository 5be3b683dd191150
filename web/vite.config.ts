import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The app is built into dist/web, which `nexus serve` serves (see src/server/serve.ts).
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // Cytoscape is most of the bundle; one file is simplest to serve and cache.
    chunkSizeWarningLimit: 1500,
  },
});
