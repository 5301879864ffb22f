import Papa from "papaparse";
import { toCsv } from "../../lib/csv";
import {
  checkRow,
  type ImportedQuestion,
  ImportRowError,
  type RawQuestion,
  type TransferQuestion,
} from "./question-list.transfer";

/**
 * CSV import and export of a question list. One question per row under the header
 * `text,facet,topic,depth,retired`; RFC 4180 quoting; rows numbered as a spreadsheet shows them.
 */
export const CSV_COLUMNS = ["text", "facet", "topic", "depth", "retired"] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ["text", "depth"];

/** Export escapes a formula-like cell with an apostrophe (lib/csv.ts); import takes it off again. */
const FORMULA_ESCAPED = /^'(?=[=+\-@])/;

export const questionsToCsv = (questions: readonly TransferQuestion[]): string =>
  toCsv(
    CSV_COLUMNS,
    questions.map((q) => [q.text, q.facet ?? "", q.topic ?? "", q.depth, q.retired ? "true" : "false"]),
  );

const isColumn = (value: string): value is Column => (CSV_COLUMNS as readonly string[]).includes(value);

/**
 * The header names columns only, so the separator it uses is the file's: a comma, or the semicolon or tab
 * that spreadsheets set to some locales save with. A one-column file has none and reads the same with any.
 */
function delimiterOf(text: string): string {
  const headerLine = text.split(/\r?\n/, 1)[0] ?? "";
  return [",", ";", "\t"].find((d) => headerLine.includes(d)) ?? ",";
}

/** Reads a CSV file into checked questions, or throws ImportRowError for the first bad row. */
export function questionsFromCsv(content: string): ImportedQuestion[] {
  const text = content.replace(/^\uFEFF/, "");
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: false,
    delimiter: delimiterOf(text),
  });
  const broken = parsed.errors[0];
  if (broken) throw new ImportRowError((broken.row ?? 0) + 1, `cannot be read as CSV (${broken.message})`);

  const [header, ...records] = parsed.data;
  const names = (header ?? []).map((cell) => cell.trim().toLowerCase());
  if (names.every((name) => name === "")) {
    throw new ImportRowError(1, `the header row is missing (expected ${CSV_COLUMNS.join(",")})`);
  }
  const indexOf = new Map<Column, number>();
  for (const [index, name] of names.entries()) {
    if (name === "" && index === names.length - 1) continue; // a trailing delimiter
    if (!isColumn(name)) {
      throw new ImportRowError(1, `unknown column "${name}" (expected ${CSV_COLUMNS.join(", ")})`);
    }
    if (indexOf.has(name)) throw new ImportRowError(1, `the column "${name}" appears twice`);
    indexOf.set(name, index);
  }
  const missing = REQUIRED.filter((column) => !indexOf.has(column));
  if (missing.length > 0) throw new ImportRowError(1, `the header has no "${missing.join('", "')}" column`);

  const questions: ImportedQuestion[] = [];
  for (const [index, cells] of records.entries()) {
    const row = index + 2;
    if (cells.every((cell) => cell.trim() === "")) continue;
    const extra = cells.slice(names.length).some((cell) => cell.trim() !== "");
    if (extra) throw new ImportRowError(row, `has more cells than the header's ${names.length} columns`);
    const cell = (column: Column): string => {
      const at = indexOf.get(column);
      return at === undefined ? "" : (cells[at] ?? "");
    };
    const raw: RawQuestion = {
      text: cell("text").replace(FORMULA_ESCAPED, ""),
      facet: cell("facet"),
      topic: cell("topic"),
      depth: cell("depth"),
      retired: cell("retired"),
    };
    questions.push(checkRow(row, raw));
  }
  return questions;
}
