import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { rendererConfig } from './vite.web.config';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(import.meta.dirname, 'src-main/index.ts') },
    },
    resolve: { alias: { '@core': resolve(import.meta.dirname, 'src-core') } },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve(import.meta.dirname, 'src-main/preload/index.ts') },
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
    resolve: { alias: { '@core': resolve(import.meta.dirname, 'src-core') } },
  },
  renderer: {
    ...rendererConfig,
    plugins: [react()],
    build: { ...rendererConfig.build, outDir: resolve(import.meta.dirname, 'out/renderer'), rollupOptions: { input: resolve(import.meta.dirname, 'src-renderer/index.html') } },
  },
});
