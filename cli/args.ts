/** Minimal `--name value` / `--flag` parser shared by the CLI commands. */
export type Args = { positional: string[]; options: Record<string, string | true> };

export function parseArgs(argv: readonly string[]): Args {
  const positional: string[] = [];
  const options: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) { options[a.slice(2, eq)] = a.slice(eq + 1); continue; }
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) { options[a.slice(2)] = next; i++; }
      else options[a.slice(2)] = true;
    } else positional.push(a);
  }
  return { positional, options };
}

/** The string value of option `name`, or throws a Chinese message naming it. */
export function requireOption(args: Args, name: string): string {
  const v = args.options[name];
  if (typeof v !== 'string' || v === '') throw new Error(`缺少参数 --${name}`);
  return v;
}
