/**
 * Administrative units over time. On 1/7/2025 (Nghị quyết 202/2025/QH15) Vietnam's 63 provincial units
 * became 34: 11 unchanged, 52 merged into 23. data/admin-units.json holds one row per unit and era:
 * - an unchanged unit: one row, valid throughout (validFrom and validTo null), with its GSO code;
 * - a merged unit: a row valid from 2025-07-01 (key `thai-nguyen-2025`), and each former member, the
 *   one whose name it kept included, a row valid until 2025-06-30 whose successorKey is the new row.
 * So figures stay comparable: one reported for Bắc Kạn after the merger belongs to Thái Nguyên (2025),
 * and Thái Nguyên (2025)'s history includes former Bắc Kạn's and former Thái Nguyên's.
 * These functions take the rows as an argument; reading the file is the caller's business.
 */
import { addDays } from './dates.ts';
import { foldVietnamese } from './fold.ts';

export type AdminUnitKind = 'tỉnh' | 'thành phố';

export type AdminUnit = {
  key: string;
  name: string;
  kind: AdminUnitKind;
  level: 'province';
  /** The General Statistics Office code; only former codes are known, so null for units made in 2025. */
  gsoCode: string | null;
  /** First day of validity, ISO; null: since before the data begins. */
  validFrom: string | null;
  /** Last day of validity, ISO; null: still valid. */
  validTo: string | null;
  /** The unit that took over the territory after validTo. */
  successorKey: string | null;
};

function byKey(units: readonly AdminUnit[]): Map<string, AdminUnit> {
  return new Map(units.map((u) => [u.key, u]));
}

/** True when the unit existed on the date. */
export function isValidOn(unit: AdminUnit, date: string): boolean {
  return (
    (unit.validFrom === null || unit.validFrom <= date) && (unit.validTo === null || date <= unit.validTo)
  );
}

/**
 * The unit that holds a unit's territory on a date: the unit itself while it is valid; after its validTo,
 * its successor (transitively). Null for an unknown key, or a date before the unit existed (a merged unit
 * has several predecessors, so there is no single answer going back).
 */
export function unitOn(units: readonly AdminUnit[], key: string, date: string): AdminUnit | null {
  const index = byKey(units);
  let unit = index.get(key);
  const seen = new Set<string>();
  while (unit) {
    if (seen.has(unit.key)) throw new Error(`admin units: successor cycle at ${unit.key}`);
    seen.add(unit.key);
    if (unit.validFrom !== null && date < unit.validFrom) return null;
    if (unit.validTo === null || date <= unit.validTo) return unit;
    if (unit.successorKey === null) return null;
    unit = index.get(unit.successorKey);
  }
  return null;
}

/**
 * The key a figure reported for `key` on `date` is attributed to: rollUpKey(units, 'bac-kan',
 * '2025-09-30') is 'thai-nguyen-2025'; for '2024-12-31' it stays 'bac-kan'. Null as for unitOn.
 */
export function rollUpKey(units: readonly AdminUnit[], key: string, date: string): string | null {
  return unitOn(units, key, date)?.key ?? null;
}

/**
 * A unit's key followed by the keys of all its predecessors, transitively, nearest first: what a query
 * for the unit's whole history must include. historyKeys(units, 'thai-nguyen-2025') →
 * ['thai-nguyen-2025', 'bac-kan', 'thai-nguyen']. Empty for an unknown key.
 */
export function historyKeys(units: readonly AdminUnit[], key: string): string[] {
  if (!units.some((u) => u.key === key)) return [];
  const predecessors = new Map<string, string[]>();
  for (const u of units) {
    if (u.successorKey === null) continue;
    const list = predecessors.get(u.successorKey) ?? [];
    list.push(u.key);
    predecessors.set(u.successorKey, list);
  }
  const keys = [key];
  const seen = new Set(keys);
  for (let i = 0; i < keys.length; i++) {
    for (const p of predecessors.get(keys[i]) ?? []) {
      if (!seen.has(p)) {
        seen.add(p);
        keys.push(p);
      }
    }
  }
  return keys;
}

/** The units valid on a date. */
export function unitsOn(units: readonly AdminUnit[], date: string): AdminUnit[] {
  return units.filter((u) => isValidOn(u, date));
}

/** The units valid now (validTo null): the 34 provincial units since 1/7/2025. */
export function currentUnits(units: readonly AdminUnit[]): AdminUnit[] {
  return units.filter((u) => u.validTo === null);
}

/**
 * The units as they were before the latest reorganisation: those valid on the day before the most
 * recent validFrom in the data — the 63 provincial units of 30/6/2025.
 */
export function formerUnits(units: readonly AdminUnit[]): AdminUnit[] {
  const latestStart = units.reduce<string | null>(
    (max, u) => (u.validFrom !== null && (max === null || u.validFrom > max) ? u.validFrom : max),
    null,
  );
  return latestStart === null ? [...units] : unitsOn(units, addDays(latestStart, -1));
}

/** "Tỉnh Thái Nguyên", "TP. Hồ Chí Minh", "thanh pho ho chi minh" → "thai nguyen", "ho chi minh". */
function foldUnitName(name: string): string {
  return foldVietnamese(name)
    .replace(/^(?:tinh|thanh pho|tp\.?|t\.)\s*/, '')
    .replace(/\s*-\s*/g, ' - ')
    .trim();
}

/** Names units went by that the rows do not carry. */
const ALIASES: Record<string, string> = {
  'thua thien hue': 'hue',
  'thua thien - hue': 'hue',
  'sai gon': 'ho chi minh',
  hcm: 'ho chi minh',
  'ba ria vung tau': 'ba ria - vung tau',
};

/**
 * Finds a unit by its name as people write it — with or without "tỉnh"/"thành phố"/"TP.", diacritics
 * or either tone-mark placement ("Hòa Bình", "Hoà Bình"). With a date, the unit of that name valid on it
 * ("Thái Nguyên" on 2024-05-01 is former Thái Nguyên, on 2025-08-01 Thái Nguyên (2025)); without one,
 * the current unit of that name if there is one, else the former.
 */
export function findUnitByName(units: readonly AdminUnit[], name: string, date?: string): AdminUnit | null {
  let folded = foldUnitName(name);
  folded = ALIASES[folded] ?? folded;
  const matches = units.filter((u) => foldUnitName(u.name) === folded);
  if (date !== undefined) return matches.find((u) => isValidOn(u, date)) ?? null;
  return matches.find((u) => u.validTo === null) ?? matches[0] ?? null;
}
