/**
 * The office server channels: the connection settings (main keeps the password, encrypted by the
 * system key store), a connection test, and the rule-set queries the 考核 and 热点 pages run "on
 * the server" over its full history: the same queries as the CLI's --db commands, answered as
 * the same typed reports. An unreachable server is an UNAVAILABLE failure saying why and what to
 * do; the local store is not touched.
 */
import { parsePeriod } from '@core/assess/period';
import { DEFAULT_RULE_SET, parseRules, RulesError } from '@core/assess/rules';
import type { IpcInput, IpcOutput } from '@core/ipc/contract';
import type pg from 'pg';
import { openDatabase } from '../server-db/connect';
import { connectionOf, readSettings, saveSettings } from '../server-db/connection-settings';
import { coveredMonths } from '../server-db/coverage';
import { assessOnClient, hotspotsOnClient } from '../server-db/queries';
import { storeInput } from '../server-db/store-input';
import { IpcFailure } from './failure';
import type { DispatcherContext } from './ports';

/** Opens the stored connection, runs `fn`, closes it; failures to connect become UNAVAILABLE. */
async function onServer<T>(ctx: DispatcherContext, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  let conn: ReturnType<typeof connectionOf>;
  try {
    conn = connectionOf(ctx.dataDir, ctx.secrets);
  } catch (e) {
    throw new IpcFailure('UNAVAILABLE', (e as Error).message);
  }
  if (!conn) throw new IpcFailure('UNAVAILABLE', '还没有设置单位的数据库服务器：请在“设置 → 数据库服务器”中填写连接串并测试连接');
  let client: pg.Client;
  try {
    client = await openDatabase(conn.url, { ...conn.options, ...(ctx.migrationsDir ? { migrationsDir: ctx.migrationsDir } : {}) });
  } catch (e) {
    throw new IpcFailure('UNAVAILABLE', `${(e as Error).message}。本机的工单和考核不受影响，仍可照常使用`);
  }
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

export function serverSettings(ctx: DispatcherContext): IpcOutput<'server:settings'> {
  return readSettings(ctx.dataDir);
}

export async function saveServerSettings(ctx: DispatcherContext, input: IpcInput<'server:save-settings'>): Promise<IpcOutput<'server:save-settings'>> {
  try {
    return await saveSettings(ctx.dataDir, input, ctx.secrets);
  } catch (e) {
    throw new IpcFailure(/钥匙串/.test((e as Error).message) ? 'UNAVAILABLE' : 'INVALID_INPUT', (e as Error).message);
  }
}

export function testServer(ctx: DispatcherContext): Promise<IpcOutput<'server:test'>> {
  return onServer(ctx, async (c) => {
    const v = await c.query<{ v: string; db: string }>("SELECT current_setting('server_version') AS v, current_database() AS db");
    const input = await storeInput(c);
    return { serverVersion: v.rows[0]!.v, database: v.rows[0]!.db, tickets: input.tickets, months: (await coveredMonths(c)).length };
  });
}

export async function assessOnServer(ctx: DispatcherContext, input: IpcInput<'server:assess'>): Promise<IpcOutput<'server:assess'>> {
  let period: ReturnType<typeof parsePeriod>;
  let ruleSet = DEFAULT_RULE_SET;
  try {
    period = parsePeriod(input.from, input.to);
    if (input.rules !== undefined) ruleSet = parseRules(input.rules);
  } catch (e) {
    throw new IpcFailure('INVALID_INPUT', e instanceof RulesError ? e.message : (e as Error).message);
  }
  if (input.by.length === 2 && input.by[0] === input.by[1]) throw new IpcFailure('INVALID_INPUT', `分组键「${input.by[0]}」重复，两个分组键须不同`);
  return onServer(ctx, (c) => assessOnClient(c, { from: period.from, to: period.to, by: input.by, ruleSet }));
}

export async function hotspotsOnServer(ctx: DispatcherContext, input: IpcInput<'server:hotspots'>): Promise<IpcOutput<'server:hotspots'>> {
  if (input.by.length === 2 && input.by[0] === input.by[1]) throw new IpcFailure('INVALID_INPUT', `分组键「${input.by[0]}」重复，两个分组键须不同`);
  return onServer(ctx, async (c) => (await hotspotsOnClient(c, input.month, input.by)).report);
}
