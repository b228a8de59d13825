import type { IpcOutput } from '@core/ipc/contract';
import pkg from '../../package.json';
import type { DispatcherContext } from './ports';

/** 'app:info': name, version, platform, data folder and runtime versions. */
export function appInfo(ctx: DispatcherContext): IpcOutput<'app:info'> {
  const versions = process.versions as NodeJS.ProcessVersions & { electron?: string; chrome?: string };
  return {
    name: ctx.app?.name ?? '督办工作台',
    version: ctx.app?.version ?? pkg.version,
    platform: process.platform,
    arch: process.arch,
    dataDir: ctx.dataDir,
    electron: versions.electron ?? '',
    chrome: versions.chrome ?? '',
    node: versions.node,
  };
}
