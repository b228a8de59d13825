import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DebugLogger } from 'builder-util';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';

const root = resolve(__dirname, '../../..');

async function loadConfig(): Promise<Configuration> {
  return getConfig(root, resolve(root, 'electron-builder.yml'), null);
}

describe('electron-builder.yml', () => {
  it('passes electron-builder\'s own schema validation', async () => {
    const config = await loadConfig();
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The validator does refuse a misspelt option, so the check above means something.
    await expect(validateConfiguration({ ...config, nsis: { ...config.nsis, installerLanguage: 'zh_CN' } as never }, new DebugLogger(false))).rejects.toThrow();
  });

  it('packages the build output and ships resources/ beside the app', async () => {
    const c = await loadConfig();
    expect(c.appId).toMatch(/^cn\.gov\.duban/);
    expect(c.productName).toBe('督办工作台');
    const files = JSON.stringify(c.files);
    for (const dir of ['main', 'preload', 'renderer']) expect(files).toContain(`"out/${dir}/**"`);
    expect(files).not.toMatch(/"out\/(\*\*|web)/);
    expect(c.extraResources).toEqual([{ from: 'resources/', to: 'resources/', filter: ['**/*'] }]);
    expect(c.directories?.buildResources).toBe('build');
  });

  it('builds a Chinese NSIS installer for Windows x64 and deb for x64 and arm64', async () => {
    const c = await loadConfig();
    expect(c.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(c.nsis?.installerLanguages).toEqual(['zh_CN']);
    expect(c.nsis?.language).toBe('2052');
    expect(c.linux?.target).toEqual([{ target: 'deb', arch: ['x64', 'arm64'] }]);
    expect(c.linux?.category).toBe('Office');
  });

  it('points at icons that exist and are real images', async () => {
    const c = await loadConfig();
    const ico = readFileSync(resolve(root, c.win!.icon as string));
    expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    for (const n of [16, 32, 48, 256, 512]) {
      const png = readFileSync(resolve(root, c.linux!.icon as string, `${n}x${n}.png`));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(n);
      expect(png.readUInt32BE(20)).toBe(n);
    }
    expect(existsSync(resolve(root, 'resources/icons/icon.png'))).toBe(true);
  });
});

/** Bare module names imported, transitively, by the main-process entry (its bundle keeps them external). */
function mainRuntimeImports(): Set<string> {
  const seen = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^'"]*?from\s+'([^']+)'/gm)) {
      const spec = m[1]!;
      if (spec.startsWith('.') || spec.startsWith('@core/')) {
        const base = spec.startsWith('@core/') ? resolve(root, 'src-core', spec.slice(6)) : resolve(file, '..', spec);
        const target = [`${base}.ts`, join(base, 'index.ts'), base].find((f) => existsSync(f) && f.endsWith('.ts'));
        if (target) visit(target);
      } else if (!spec.startsWith('node:') && spec !== 'electron' && !spec.endsWith('.json')) {
        bare.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
  };
  visit(resolve(root, 'src-main/index.ts'));
  return bare;
}

/** The packages `names` need at run time: themselves and their dependencies (not optional or peer ones), transitively. */
function withDependencies(names: Iterable<string>): Set<string> {
  const out = new Set<string>();
  const visit = (name: string): void => {
    if (out.has(name)) return;
    out.add(name);
    const pkg = JSON.parse(readFileSync(resolve(root, 'node_modules', name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const d of Object.keys(pkg.dependencies ?? {})) visit(d);
  };
  for (const n of names) visit(n);
  return out;
}

describe('what the package ships', () => {
  it('ships every module the main process imports at run time with what they depend on, and no other node_modules', async () => {
    const c = await loadConfig();
    const patterns = JSON.stringify(c.files);
    const shipped = [...patterns.matchAll(/"node_modules\/((?:@[^/]+\/)?[^/*]+)\/\*\*\/\*"/g)].map((m) => m[1]);
    expect(patterns).toContain('"!node_modules/**/*"');
    expect([...withDependencies(mainRuntimeImports())].sort()).toEqual(shipped.sort());
  });
});
