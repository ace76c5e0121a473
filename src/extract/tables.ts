/**
 * Tables of indicators flattened to lines of cells separated by "|", as officials paste them from Word:
 *
 *     STT | Chỉ tiêu | Đơn vị | Ước thực hiện năm 2025 | Kế hoạch năm 2026
 *     1 | Tốc độ tăng trưởng GRDP | % | 8,2 | 10-11
 *
 * A header row names a year in one or more columns; every row below it, up to the first line without
 * a "|", gives one value a column: the indicator is the row's first cell of words, the unit its
 * "Đơn vị" cell or the bracket after the indicator ("Tỷ lệ … (%)"). A column headed "Kế hoạch",
 * "Mục tiêu" or "Chỉ tiêu" plans, "Thực hiện", "Ước" or "Kết quả" reports; otherwise a year after
 * the text's own is a target and one before it a result.
 */
import { isJsSpace } from './text.ts';
import type { ValueItem } from './types.ts';
import { parseNumber } from './values.ts';

interface Cell {
  text: string;
  start: number;
  end: number;
}

interface Column {
  year: number;
  period?: [number, number];
  /** true plans, false reports, undefined: decided by the year. */
  planned?: boolean;
  /** "So với cùng kỳ (%)": a change of the figure, said after the indicator. */
  suffix?: string;
  unit?: string;
}

const YEAR_IN_HEADER = /(?<!\d)((?:19|20)\d{2})(?:\s*-\s*((?:19|20)\d{2}))?(?!\d)/g;
const YEAR_IN_CELL = /(?<!\d)(?:19|20)\d{2}(?!\d)/;
const PLANNED_HEADER = /kế hoạch|mục tiêu|chỉ tiêu|phấn đấu|dự kiến|dự toán|(?<![a-zà-ỹđ])kh(?![a-zà-ỹđ])/i;
const DONE_HEADER = /thực hiện|(?<![a-zà-ỹđ])ước|kết quả|(?<![a-zà-ỹđ])th(?![a-zà-ỹđ])|đạt được/i;
const CHANGE_HEADER = /so với cùng kỳ|so cùng kỳ|tăng\/giảm|tốc độ tăng/i;
const SHARE_OF_PLAN_HEADER =
  /^(?:tỷ lệ|so sánh|%)(?:\s|\(|$)|so với (?:kế hoạch|kh|dự toán)|%\s*(?:kh|kế hoạch)|th\s*\/\s*kh/i;
const UNIT_LINE = /^\s*\(?\s*đơn vị(?: tính)?\s*:\s*([^()\n]{1,25}?)\s*\)?\s*$/i;
const UNIT_HEADER = /^(?:đơn vị(?: tính)?|đvt)$/i;
const NUMBER_CELL =
  /^(?:khoảng|trên|dưới|≥|>=|>|≤|<=|<)?\s*(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,12}(?:,\d{1,6})?)(?:\s*(?:-|–|đến)\s*(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,12}(?:,\d{1,6})?))?\s*(%?)$/;
const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.?|[a-zđ]\))$/;
const UNIT_IN_NAME = /\s*\(([^()]{1,25})\)\s*$/;

function cellsOf(text: string, start: number, end: number): Cell[] {
  const cells: Cell[] = [];
  let s = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 124 /* | */) {
      let a = s;
      let b = i;
      while (a < b && isJsSpace(text.charCodeAt(a))) a++;
      while (b > a && isJsSpace(text.charCodeAt(b - 1))) b--;
      cells.push({ text: text.slice(a, b), start: a, end: b });
      s = i + 1;
    }
  }
  // "| a | b |": the empty cells outside the first and last bar.
  while (cells.length && cells[0].text === '') cells.shift();
  while (cells.length && cells[cells.length - 1].text === '') cells.pop();
  return cells;
}

function headerColumns(cells: Cell[], textYear: number | undefined): Map<number, Column> | null {
  // A header names a year in a cell; most rows with bars are rows of figures or of words.
  if (!cells.some((c) => YEAR_IN_CELL.test(c.text))) return yearlessColumns(cells, textYear);
  const cols = new Map<number, Column>();
  let lastYear: Column | undefined;
  let sawPlanned = false;
  let sawDone = false;
  for (let i = 0; i < cells.length; i++) {
    const t = cells[i].text;
    if (NUMBER_CELL.test(t) && !/^(?:19|20)\d{2}$/.test(t)) return null; // a row of figures, not a header
    // "Kế hoạch 2012 | Ước TH 2012 | So với cùng kỳ (%)": the change of the figure of the year before it.
    if (lastYear && CHANGE_HEADER.test(t) && !/(?:19|20)\d{2}/.test(t)) {
      const change: Column = { year: lastYear.year, planned: false, suffix: 'so với cùng kỳ' };
      if (/%/.test(t)) change.unit = '%';
      cols.set(i, change);
      continue;
    }
    let col: Column | undefined;
    for (const m of t.matchAll(YEAR_IN_HEADER)) {
      col = { year: Number(m[2] ?? m[1]) };
      if (m[2] && Number(m[2]) > Number(m[1])) col.period = [Number(m[1]), Number(m[2])];
    }
    if (!col) {
      // "Kế hoạch 2024 | Thực hiện": a column of what was done, its year the one of the column before.
      if (lastYear && i > 0 && DONE_HEADER.test(t) && !CHANGE_HEADER.test(t)) {
        // ("Kế hoạch đến năm 2020 | Thực hiện" in a text of 2019: done by the text's year, not the plan's.)
        const ahead = textYear !== undefined && lastYear.planned === true && lastYear.year > textYear;
        const done: Column = { year: ahead ? (textYear as number) : lastYear.year, planned: false };
        if (lastYear.period && !ahead) done.period = lastYear.period;
        cols.set(i, done);
        sawDone = true;
      } else if (lastYear && sawPlanned && sawDone && SHARE_OF_PLAN_HEADER.test(t)) {
        // "Kế hoạch 2024 | Thực hiện 2024 | Tỷ lệ (%)": what was done as a share of the plan.
        cols.set(i, { year: lastYear.year, planned: false, unit: '% kế hoạch' });
      }
      continue;
    }
    const planned = PLANNED_HEADER.test(t) ? true : DONE_HEADER.test(t) ? false : undefined;
    if (planned !== undefined) col.planned = planned;
    if (planned === true) sawPlanned = true;
    if (planned === false) sawDone = true;
    cols.set(i, col);
    lastYear = col;
  }
  return cols.size ? cols : null;
}

/**
 * "Chỉ tiêu | Dự toán năm | Thực hiện 9 tháng | Tỷ lệ (%)": a header naming the plan and what was done
 * without a year speaks of the year of the text.
 */
function yearlessColumns(cells: Cell[], textYear: number | undefined): Map<number, Column> | null {
  if (textYear === undefined) return null;
  const cols = new Map<number, Column>();
  let sawPlanned = false;
  let sawDone = false;
  for (let i = 1; i < cells.length; i++) {
    const t = cells[i].text;
    if (NUMBER_CELL.test(t) || t.length > 40) return null;
    if (PLANNED_HEADER.test(t) && !DONE_HEADER.test(t)) {
      cols.set(i, { year: textYear, planned: true });
      sawPlanned = true;
    } else if (DONE_HEADER.test(t) && !CHANGE_HEADER.test(t)) {
      cols.set(i, { year: textYear, planned: false });
      sawDone = true;
    } else if (sawPlanned && sawDone && SHARE_OF_PLAN_HEADER.test(t)) {
      cols.set(i, { year: textYear, planned: false, unit: '% kế hoạch' });
    }
  }
  return sawPlanned && sawDone ? cols : null;
}

export function findTableValues(
  text: string,
  refYear: number | undefined,
): { targets: ValueItem[]; results: ValueItem[] } {
  const targets: ValueItem[] = [];
  const results: ValueItem[] = [];
  if (text.indexOf('|') === -1) return { targets, results };
  let header: Map<number, Column> | null = null;
  let unitCol = -1;
  let byYear: Cell[] | null = null;
  let tableUnit: string | undefined;
  forEachLine(text, (lineStart, lineEnd, hasBar) => {
    if (!hasBar) {
      header = null;
      byYear = null;
      // "(Đơn vị tính: triệu đồng)" right above a table gives its figures' unit.
      tableUnit = UNIT_LINE.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 60)))?.[1];
    } else {
      const cells = cellsOf(text, lineStart, lineEnd);
      const h = cells.length >= 2 ? headerColumns(cells, refYear) : null;
      if (h) {
        header = h;
        byYear = null;
        unitCol = cells.findIndex((c) => UNIT_HEADER.test(c.text));
      } else if (cells.length >= 2 && YEAR_ROWS_HEADER.test(cells[0].text)) {
        // "Năm | Số hộ nghèo | Tỷ lệ hộ nghèo (%)": a row a year, a column an indicator.
        byYear = cells;
        header = null;
      } else if (header) {
        readRow(cells, header, unitCol, tableUnit, refYear, targets, results);
      } else if (byYear) {
        readYearRow(cells, byYear, refYear, targets, results);
      }
    }
  });
  return { targets, results };
}

/** Every line of `text` (start, end) and whether it holds a "|". */
function forEachLine(text: string, visit: (start: number, end: number, hasBar: boolean) => void): void {
  let lineStart = 0;
  // The next bar, searched again only once passed: a search from every line would rescan the text.
  let bar = text.indexOf('|');
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (bar !== -1 && bar < lineStart) bar = text.indexOf('|', lineStart);
    visit(lineStart, lineEnd, bar !== -1 && bar < lineEnd);
    lineStart = lineEnd + 1;
  }
}

function readRow(
  cells: Cell[],
  header: Map<number, Column>,
  unitCol: number,
  tableUnit: string | undefined,
  refYear: number | undefined,
  targets: ValueItem[],
  results: ValueItem[],
): void {
  const nameAt = cells.findIndex(
    (c, i) => i !== unitCol && !ROW_NUMBER.test(c.text) && /[A-Za-zÀ-ỹĐđ]{2}/.test(c.text),
  );
  if (nameAt === -1 || header.has(nameAt)) return;
  let indicator = cells[nameAt].text.replace(/\s+/g, ' ').replace(/^[-+•*]\s*/, '');
  let unit: string | undefined = tableUnit;
  const inName = UNIT_IN_NAME.exec(indicator);
  if (inName) {
    unit = inName[1].trim();
    indicator = indicator.slice(0, inName.index);
  }
  if (unitCol >= 0 && cells[unitCol] && cells[unitCol].text && !NUMBER_CELL.test(cells[unitCol].text))
    unit = cells[unitCol].text;
  for (const [i, col] of header) {
    const cell = cells[i];
    if (!cell) continue;
    const m = NUMBER_CELL.exec(cell.text);
    if (!m) continue;
    const item: ValueItem = {
      indicator: col.suffix ? `${indicator} ${col.suffix}` : indicator,
      value: parseNumber(m[1]),
      year: col.year,
      span: [cell.start, cell.end],
    };
    if (col.period) item.period = col.period;
    if (m[2]) {
      const max = parseNumber(m[2]);
      if (max > item.value) item.valueMax = max;
    }
    const u = col.unit ?? unit ?? (m[3] ? '%' : undefined);
    if (u) item.unit = u;
    const planned = col.planned ?? (refYear !== undefined ? col.year > refYear : false);
    (planned ? targets : results).push(item);
  }
}

const YEAR_ROWS_HEADER = /^(?:năm|năm học|niên độ|giai đoạn|kỳ)$/i;

/** A row of a table whose rows are years and whose columns are indicators. */
function readYearRow(
  cells: Cell[],
  header: Cell[],
  refYear: number | undefined,
  targets: ValueItem[],
  results: ValueItem[],
): void {
  const y = /^((?:19|20)\d{2})(?:\s*-\s*((?:19|20)\d{2}))?$/.exec(cells[0]?.text ?? '');
  if (!y) return;
  const year = Number(y[2] ?? y[1]);
  for (let i = 1; i < cells.length && i < header.length; i++) {
    const m = NUMBER_CELL.exec(cells[i].text);
    if (!m) continue;
    let indicator = header[i].text.replace(/\s+/g, ' ');
    let unit: string | undefined;
    const inName = UNIT_IN_NAME.exec(indicator);
    if (inName) {
      unit = inName[1].trim();
      indicator = indicator.slice(0, inName.index);
    }
    if (!/[A-Za-zÀ-ỹĐđ]{2}/.test(indicator)) continue;
    const item: ValueItem = {
      indicator,
      value: parseNumber(m[1]),
      year,
      span: [cells[i].start, cells[i].end],
    };
    if (y[2]) item.period = [Number(y[1]), year];
    if (m[2]) {
      const max = parseNumber(m[2]);
      if (max > item.value) item.valueMax = max;
    }
    const u = unit ?? (m[3] ? '%' : undefined);
    if (u) item.unit = u;
    (refYear !== undefined && year > refYear ? targets : results).push(item);
  }
}

// A table of tasks: "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn".
const TASK_HEADER = /^(?:nhiệm vụ|nội dung|công việc|tên nhiệm vụ|tên công việc)/i;
const LEAD_HEADER = /chủ trì|(?:cơ quan|đơn vị) (?:thực hiện|thực hiện chính|được giao)/i;
const PARTNER_HEADER = /phối hợp/i;
const DUE_HEADER = /thời hạn|thời gian|tiến độ|hoàn thành/i;
const SEPARATOR_ROW = /^[\s|:–-]*$/;

/** One row of a table of tasks: the cells of the work, its lead, its partners and its deadline. */
export interface TaskRow {
  work: Cell;
  lead?: Cell;
  partners?: Cell;
  due?: Cell;
}

/**
 * The rows of every table whose header names the work and the body that leads it, and the spans of
 * those header rows ("Nhiệm vụ | Cơ quan chủ trì | …" names columns; it assigns nothing).
 */
export function findTaskRows(text: string): { rows: TaskRow[]; headers: Array<[number, number]> } {
  const rows: TaskRow[] = [];
  const headers: Array<[number, number]> = [];
  if (text.indexOf('|') === -1) return { rows, headers };
  let cols: { work: number; lead: number; partners: number; due: number } | null = null;
  forEachLine(text, (lineStart, lineEnd, hasBar) => {
    if (!hasBar) cols = null;
    else if (!SEPARATOR_ROW.test(text.slice(lineStart, lineEnd))) {
      const cells = cellsOf(text, lineStart, lineEnd);
      const work = cells.findIndex((c) => TASK_HEADER.test(c.text));
      // (A row without a cell naming the work is no header: its cells are not searched for the lead.)
      const lead = work >= 0 ? cells.findIndex((c) => LEAD_HEADER.test(c.text)) : -1;
      if (work >= 0 && lead >= 0 && work !== lead) {
        headers.push([lineStart, lineEnd]);
        cols = {
          work,
          lead,
          partners: cells.findIndex((c) => PARTNER_HEADER.test(c.text)),
          due: cells.findIndex((c, i) => i !== work && DUE_HEADER.test(c.text)),
        };
      } else if (cols) {
        // (A column the header lacks is -1: no cell; an empty cell says nothing.)
        const filled = (i: number) => (cells[i]?.text ? cells[i] : undefined);
        const task = filled(cols.work);
        if (task && /[A-Za-zÀ-ỹĐđ]{2}/.test(task.text) && !ROW_NUMBER.test(task.text)) {
          const row: TaskRow = { work: task };
          const leadCell = filled(cols.lead);
          const partnerCell = filled(cols.partners);
          const dueCell = filled(cols.due);
          if (leadCell) row.lead = leadCell;
          if (partnerCell) row.partners = partnerCell;
          if (dueCell) row.due = dueCell;
          rows.push(row);
        }
      }
    }
  });
  return { rows, headers };
}
