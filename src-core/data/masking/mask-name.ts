import { MASK } from './digits';

/**
 * Masks a person's name (DOMAIN.md section 7): the first character, then '*'; names of 3 or more
 * characters also keep the last one (`张三` → `张*`, `张三丰` → `张*丰`, `欧阳娜娜` → `欧*娜`).
 * A single character becomes `*` (it would otherwise be shown whole). Surrounding white space is
 * dropped; characters are code points, so a rare character outside the BMP is never split.
 * The output never tells the name's length beyond "2" or "3 or more". Idempotent.
 */
export function maskName(value: string): string {
  const chars = Array.from(value.trim());
  if (chars.length === 0) return '';
  if (chars.length === 1) return MASK;
  if (chars.length === 2) return chars[0]! + MASK;
  return chars[0]! + MASK + chars[chars.length - 1]!;
}
