/**
 * Builds data/admin-units.json from ../shared/data/provinces-2025.csv (the 63 former provincial units
 * and the unit each belongs to since 1/7/2025, Nghị quyết 202/2025/QH15).
 *
 *   npx tsx scripts/build-admin-units.ts [path/to/provinces-2025.csv] [path/to/admin-units.json]
 *
 * Model (see src/domain/adminUnits.ts):
 * - a unit nothing was merged into and that kept its name is one row, valid throughout, with its code;
 * - a merged unit is a new row valid from 2025-07-01 with key `<slug>-2025` and no code (the new codes
 *   are not in the source, so none is invented), and each former member, including the one whose name
 *   it kept, a row valid until 2025-06-30 pointing to it through successorKey.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export type AdminUnitRow = {
  key: string;
  name: string;
  kind: 'tỉnh' | 'thành phố';
  level: 'province';
  gsoCode: string | null;
  validFrom: string | null;
  validTo: string | null;
  successorKey: string | null;
};

export const MERGER_DATE = '2025-07-01';
const LAST_DAY_BEFORE_MERGER = '2025-06-30';

/** ASCII slug of a Vietnamese name: "Bà Rịa - Vũng Tàu" → "ba-ria-vung-tau". */
export function slugify(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function kindOf(value: string, line: number): AdminUnitRow['kind'] {
  const kind = value.normalize('NFC').trim();
  if (kind !== 'tỉnh' && kind !== 'thành phố') throw new Error(`line ${line}: unknown kind "${value}"`);
  return kind;
}

type CsvRow = {
  code: string;
  name: string;
  kind: AdminUnitRow['kind'];
  successorName: string;
  successorKind: AdminUnitRow['kind'];
};

function parseCsv(text: string): CsvRow[] {
  const lines = text
    .normalize('NFC')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const header = lines.shift();
  if (header !== 'former_gso_code,former_name,former_kind,successor_name,successor_kind') {
    throw new Error(`unexpected header: ${header}`);
  }
  // The file has no quoted fields; a comma inside a name would be a format change worth failing on.
  return lines.map((line, i) => {
    const cells = line.split(',').map((c) => c.trim());
    if (cells.length !== 5) throw new Error(`line ${i + 2}: expected 5 fields, got ${cells.length}`);
    const [code, name, kind, successorName, successorKind] = cells;
    if (!/^\d{2}$/.test(code)) throw new Error(`line ${i + 2}: bad code "${code}"`);
    return {
      code,
      name,
      kind: kindOf(kind, i + 2),
      successorName,
      successorKind: kindOf(successorKind, i + 2),
    };
  });
}

/** Turns the CSV text into the rows of data/admin-units.json (former units in code order, then the new ones). */
export function buildAdminUnits(csvText: string): AdminUnitRow[] {
  const rows = parseCsv(csvText);
  const groups = new Map<string, CsvRow[]>();
  for (const row of rows) {
    const members = groups.get(row.successorName) ?? [];
    members.push(row);
    groups.set(row.successorName, members);
  }
  const unchanged = (members: CsvRow[]) =>
    members.length === 1 && members[0].name === members[0].successorName;

  const formerRows: AdminUnitRow[] = [];
  const newRows: AdminUnitRow[] = [];
  for (const [successorName, members] of groups) {
    if (unchanged(members)) continue;
    const kinds = new Set(members.map((m) => m.successorKind));
    if (kinds.size !== 1) throw new Error(`${successorName}: members disagree on the kind`);
    newRows.push({
      key: `${slugify(successorName)}-2025`,
      name: successorName,
      kind: members[0].successorKind,
      level: 'province',
      gsoCode: null,
      validFrom: MERGER_DATE,
      validTo: null,
      successorKey: null,
    });
  }
  for (const row of [...rows].sort((a, b) => a.code.localeCompare(b.code))) {
    const members = groups.get(row.successorName) ?? [];
    const merged = !unchanged(members);
    formerRows.push({
      key: slugify(row.name),
      name: row.name,
      kind: row.kind,
      level: 'province',
      gsoCode: row.code,
      validFrom: null,
      validTo: merged ? LAST_DAY_BEFORE_MERGER : null,
      successorKey: merged ? `${slugify(row.successorName)}-2025` : null,
    });
  }
  const all = [...formerRows, ...newRows];
  const keys = new Set<string>();
  for (const unit of all) {
    if (keys.has(unit.key)) throw new Error(`duplicate key ${unit.key}`);
    keys.add(unit.key);
  }
  return all;
}

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_CSV = resolve(here, '../../shared/data/provinces-2025.csv');
export const DEFAULT_JSON = resolve(here, '../data/admin-units.json');

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const csvPath = process.argv[2] ?? DEFAULT_CSV;
  const jsonPath = process.argv[3] ?? DEFAULT_JSON;
  const units = buildAdminUnits(readFileSync(csvPath, 'utf8'));
  writeFileSync(jsonPath, `${JSON.stringify(units, null, 2)}\n`);
  const current = units.filter((u) => u.validTo === null).length;
  const former = units.filter((u) => u.gsoCode !== null).length;
  console.log(`${jsonPath}: ${units.length} units, ${former} former, ${current} current`);
}
