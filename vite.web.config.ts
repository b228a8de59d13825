import { resolve } from 'node:path';
import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** Renderer settings shared by the Electron renderer and the browser build. */
export const rendererConfig: UserConfig = {
  root: resolve(import.meta.dirname, 'src-renderer'),
  base: './',
  resolve: { alias: { '@core': resolve(import.meta.dirname, 'src-core'), '@renderer': resolve(import.meta.dirname, 'src-renderer/src') } },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 4000, emptyOutDir: true, minify: true },
};

/** The browser build: the same renderer, served by `npm run web` (cli/serve-web.ts). */
export default defineConfig({
  ...rendererConfig,
  plugins: [react()],
  build: { ...rendererConfig.build, outDir: resolve(import.meta.dirname, 'out/web') },
});
