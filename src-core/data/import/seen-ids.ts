/** The ticket ids a file has accepted so far, for duplicate detection during import. */
import { CHUNK_ROWS } from '../table/chunk-rows';
import { StringColumn } from '../table/string-column';
import { detach } from '../../base/text/detach';

/** Out-of-order ids tolerated beside the sorted run before everything moves into one hash set. */
const MAX_OUT_OF_ORDER = 1024;

/**
 * A set of strings that is cheap when they arrive sorted, as exported ticket ids usually do
 * (ascending or descending by 工单编号 or by 受理时间, which the id encodes). Ids that continue
 * the sorted run are appended to an array without hashing; an id inside the run's range is
 * looked up by binary search and, when new, kept in a small hash set. Once more than
 * MAX_OUT_OF_ORDER ids came out of order, all ids move into one hash set and the rest of the
 * file is checked with it alone, so an unsorted file costs about what a plain Set costs.
 * Membership is exact string equality, as with a Set. The run is kept packed (a string per 10k
 * ids, as the table keeps its text): at a million ids, one string each was some 50 MB more held
 * through the whole parse, and ids cut from the file kept its decoded pieces alive.
 */
export class SeenIds {
  /** Strictly increasing (dir 1) or strictly decreasing (dir -1) ids; dir 0 while it has fewer than two. */
  private run = new StringColumn();
  private last = '';
  private dir = 0;
  /** Ids inside the run's range that are not in the run. */
  private rest = new Set<string>();
  /** All ids, once the file turned out unsorted; then run and rest are no longer used. */
  private all: Set<string> | null = null;

  /** Adds `id`; returns false (and changes nothing) when it was already there. */
  add(id: string): boolean {
    const all = this.all;
    // Ids kept as strings of their own are copies: one cut from the file would keep the decoded
    // piece it came from alive for the rest of the parse.
    if (all !== null) {
      if (all.has(id)) return false;
      all.add(detach(id));
      return true;
    }
    const run = this.run;
    const n = run.length;
    if (n === 0) { this.append(id); return true; }
    const last = this.last;
    if (this.dir === 0) {
      if (id === last) return false;
      this.dir = id > last ? 1 : -1;
      this.append(id);
      return true;
    }
    if (this.dir > 0 ? id > last : id < last) { this.append(id); return true; }
    if (id === last || this.inRun(id) || this.rest.has(id)) return false;
    this.rest.add(detach(id));
    if (this.rest.size > MAX_OUT_OF_ORDER) {
      const s = new Set<string>(run.toArray());
      for (const x of this.rest) s.add(x);
      this.all = s;
      this.run = new StringColumn();
      this.rest = new Set();
    }
    return true;
  }

  private append(id: string): void {
    const run = this.run;
    run.push(id);
    this.last = id;
    if (run.length % CHUNK_ROWS === 0) run.packFull();
  }

  /** Number of ids held. */
  get size(): number {
    return this.all !== null ? this.all.size : this.run.length + this.rest.size;
  }

  /** Binary search of the sorted run. */
  private inRun(id: string): boolean {
    const run = this.run, up = this.dir > 0;
    let lo = 0, hi = run.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const x = run.get(mid);
      if (x === id) return true;
      if (up ? x < id : x > id) lo = mid + 1;
      else hi = mid - 1;
    }
    return false;
  }
}
