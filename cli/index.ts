/**
 * Duban's command line over src-core: `npm run --silent cli -- <command> [options]`.
 * Each command lives in cli/commands/<command>.ts and exports `run(argv): Promise<number>`.
 */
const COMMANDS: Record<string, () => Promise<{ run: (argv: string[]) => Promise<number> }>> = {
  demo: () => import('./commands/demo'),
  validate: () => import('./commands/validate'),
  load: () => import('./commands/load'),
  assess: () => import('./commands/assess'),
  chronic: () => import('./commands/chronic'),
  'campaign-outcome': () => import('./commands/campaign-outcome'),
  hotspots: () => import('./commands/hotspots'),
  forecast: () => import('./commands/forecast'),
  verify: () => import('./commands/verify'),
  notice: () => import('./commands/notice'),
};

// A reader that stops early (`... | head`) closes the pipe: that ends the output, not in a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  const load = name ? COMMANDS[name] : undefined;
  if (!load) {
    process.stderr.write(`用法: npm run --silent cli -- <${Object.keys(COMMANDS).join('|')}> [选项]\n`);
    return name ? 2 : 0;
  }
  const mod = await load();
  return mod.run(rest);
}

main().then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`错误: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
