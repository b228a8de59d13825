import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { rendererConfig } from './vite.web.config';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      lib: { entry: resolve(__dirname, 'src-main/index.ts') },
    },
    resolve: { alias: { '@core': resolve(__dirname, 'src-core') } },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      lib: { entry: resolve(__dirname, 'src-main/preload/index.ts') },
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
    resolve: { alias: { '@core': resolve(__dirname, 'src-core') } },
  },
  renderer: {
    ...rendererConfig,
    plugins: [react()],
    build: { ...rendererConfig.build, outDir: resolve(__dirname, 'out/renderer'), rollupOptions: { input: resolve(__dirname, 'src-renderer/index.html') } },
  },
});
