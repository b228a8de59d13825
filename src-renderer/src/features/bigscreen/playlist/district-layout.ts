/** A district tile of the schematic map: its grid cell (0-based). */
export type DistrictTile = { district: string; row: number; col: number };
export type DistrictGrid = { rows: number; cols: number; tiles: DistrictTile[] };

/**
 * Lays out the district tile map (a schematic, no boundary data). `config` holds one line per
 * row, names separated by spaces or commas, `.` for an empty tile; districts of `districts`
 * that the configuration does not name are appended row by row after it (so none is ever
 * dropped), and configured names without data still get their tile. With no configuration the
 * districts are placed in code-point order on a grid as square as possible, wider than tall.
 */
export function layoutDistricts(districts: readonly string[], config = ''): DistrictGrid {
  const tiles: DistrictTile[] = [];
  const placed = new Set<string>();
  const lines = config.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  let cols = 0;
  lines.forEach((line, row) => {
    const cells = line.split(/[\s,，、]+/).filter(Boolean);
    cols = Math.max(cols, cells.length);
    cells.forEach((name, col) => {
      if (name === '.' || name === '·' || placed.has(name)) return;
      placed.add(name);
      tiles.push({ district: name, row, col });
    });
  });
  const rest = [...new Set(districts)].filter((d) => d && !placed.has(d)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (lines.length === 0) cols = Math.max(1, Math.ceil(Math.sqrt(rest.length * 16 / 9)));
  cols = Math.max(cols, 1);
  let row = lines.length;
  rest.forEach((d, i) => {
    const col = i % cols;
    if (i > 0 && col === 0) row++;
    tiles.push({ district: d, row, col });
  });
  const rows = tiles.reduce((m, t) => Math.max(m, t.row + 1), 0);
  return { rows, cols, tiles };
}
