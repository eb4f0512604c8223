// electron-vite builds three bundles: main (ESM, Node), preload (CommonJS: a sandboxed renderer
// cannot load an ES-module preload) and the renderer (the web UI, also served by web mode).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      // lowdb and steno are ESM-only: bundle them so no require() of them can ever happen.
      externalizeDeps: { exclude: ['lowdb', 'steno'] },
      // The derive worker is an entry of its own (out/main/deriveWorker.js): folder imports render on it.
      rollupOptions: { input: { index: resolve('src/main/index.ts'), deriveWorker: resolve('src/main/workers/deriveWorker.ts') } },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    build: {
      outDir: resolve('out/renderer'),
      // Smaller to fetch and compile before the first paint (electron-vite leaves it unminified).
      minify: true,
      rollupOptions: { input: resolve('src/renderer/index.html') },
    },
  },
});
