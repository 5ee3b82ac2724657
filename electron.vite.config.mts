import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// One build for the three parts. Main and the CLI share a bundle folder so the
// CLI in a packaged app runs the very same services the window uses.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // Bundled rather than required: zod's package compiles every locale it ships (about
      // 60 ms at each start); bundled, only what the schemas use is there.
      externalizeDeps: { exclude: ['zod'] },
      rollupOptions: {
        input: {
          index: resolve('electron/main/index.ts'),
          cli: resolve('electron/cli/main.ts'),
          'report-worker': resolve('electron/services/reports/report-worker.ts'),
          'import-worker': resolve('electron/services/exchange/import-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // Bundle zod and the contract in: a sandboxed preload cannot require packages.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('electron/preload/index.ts') },
        // A sandboxed preload must be a single CommonJS script.
        output: { format: 'cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
});
