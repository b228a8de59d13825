import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

/** Modules the pure domain core must never import (GUIDE.md: no DOM, Node, React, Electron, Dexie). */
const PLATFORM_MODULES = [
  'react', 'react-dom', 'electron', 'dexie', 'dexie-react-hooks', 'antd', 'ag-grid-*', 'echarts', 'zustand',
  'node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads', 'stream', 'url', 'util', 'buffer',
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'bench-out/**', 'tests/e2e/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src-core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: PLATFORM_MODULES, message: 'src-core is the pure domain core: no UI, platform or storage imports.' },
          { group: ['**/src-main/**', '**/src-renderer/**', '**/cli/**', '@renderer/*'], message: 'src-core must not depend on outer layers.' },
        ],
      }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'localStorage', 'indexedDB', 'navigator'],
    },
  },
  // Layers of the core (GUIDE.md example 13): base/ (formats, time, calendar, versioned data)
  // imports nothing else of the core; data/ (tickets, columns, store, import, query) imports base/
  // only; the feature folders beside them (assess, chronic, cases, campaigns, records, …) may
  // import both layers and each other.
  {
    files: ['src-core/base/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: PLATFORM_MODULES, message: 'src-core is the pure domain core: no UI, platform or storage imports.' },
          { group: ['**/src-main/**', '**/src-renderer/**', '**/cli/**', '@renderer/*'], message: 'src-core must not depend on outer layers.' },
          { group: ['../../*', '!../../base', '!../../base/**', '@core/*', '!@core/base', '!@core/base/**'], message: 'src-core/base imports nothing outside base/.' },
        ],
      }],
    },
  },
  {
    files: ['src-core/data/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: PLATFORM_MODULES, message: 'src-core is the pure domain core: no UI, platform or storage imports.' },
          { group: ['**/src-main/**', '**/src-renderer/**', '**/cli/**', '@renderer/*'], message: 'src-core must not depend on outer layers.' },
          { group: ['../../*', '!../../base', '!../../base/**', '!../../data', '!../../data/**', '@core/*', '!@core/base', '!@core/base/**', '!@core/data', '!@core/data/**'], message: 'src-core/data imports base/ only, never a feature folder.' },
        ],
      }],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { patterns: [{ group: ['electron', 'node:*', '**/src-main/**'], message: 'The renderer reaches the platform only through the preload API.' }] }],
    },
  },
);
