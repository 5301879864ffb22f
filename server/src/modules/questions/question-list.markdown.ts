import { DEFAULT_FACETS, facetByKey } from "#core/facets/catalogue";
import { QUESTION_TOPICS } from "#core/questions/bank";
import {
  checkRow,
  type ImportedQuestion,
  ImportRowError,
  type TransferQuestion,
} from "./question-list.transfer";

/**
 * Markdown import and export of a question list, readable as a document and editable by hand:
 *
 *     # First 1:1s
 *
 *     ## Facet: Focus rhythm (focus-rhythm)
 *
 *     - [light] What time of day does your best thinking happen?
 *     - [deep, retired] What would change if your calendar followed your rhythm?
 *
 *     ## Topic: trust
 *
 *     - [medium] What helps you say what you really think in our 1:1s?
 *
 * A heading says what the questions under it are about (`## General` for neither facet nor topic). The
 * export starts a new heading whenever that changes, so a heading can repeat and the list keeps its order.
 * Rows are line numbers. The `#` title line and HTML comments are ignored on import.
 */

const FORMAT_NOTE =
  '<!-- A Rapport question list. One question per line: "- [depth] question" (depth: light, medium or deep), ' +
  'or "- [depth, retired] question". The heading above a question says what it is about: ' +
  '"## Facet: Title (facet-key)", "## Topic: trust" or "## General". -->';

interface Subject {
  facet: string;
  topic: string;
}

function headingFor(question: TransferQuestion): string {
  if (question.facet !== null)
    return `## Facet: ${facetByKey(question.facet)?.title ?? question.facet} (${question.facet})`;
  if (question.topic !== null) return `## Topic: ${question.topic}`;
  return "## General";
}

export function questionsToMarkdown(listName: string, questions: readonly TransferQuestion[]): string {
  const lines = [`# ${listName}`, "", FORMAT_NOTE];
  let heading: string | null = null;
  for (const question of questions) {
    const next = headingFor(question);
    if (next !== heading) {
      lines.push("", next, "");
      heading = next;
    }
    lines.push(`- [${question.depth}${question.retired ? ", retired" : ""}] ${question.text}`);
  }
  return `${lines.join("\n")}\n`;
}

/** The key in "Title (key)", or the whole value when there are no parentheses. */
function keyIn(value: string): string {
  return (/\(([^()]+)\)\s*$/.exec(value)?.[1] ?? value).trim();
}

function parseHeading(value: string, row: number): Subject {
  if (/^(general|no facet or topic)$/i.test(value)) return { facet: "", topic: "" };
  const facet = /^facet\s*:\s*(.+)$/i.exec(value)?.[1];
  if (facet !== undefined) {
    const wanted = keyIn(facet).toLowerCase();
    const found = DEFAULT_FACETS.find((f) => f.key === wanted || f.title.toLowerCase() === wanted);
    if (!found) throw new ImportRowError(row, `unknown facet "${keyIn(facet)}"`);
    return { facet: found.key, topic: "" };
  }
  const topic = /^topic\s*:\s*(.+)$/i.exec(value)?.[1];
  if (topic !== undefined) {
    const wanted = keyIn(topic).toLowerCase();
    const found = QUESTION_TOPICS.find((t) => t === wanted);
    if (!found)
      throw new ImportRowError(row, `unknown topic "${keyIn(topic)}" (use ${QUESTION_TOPICS.join(", ")})`);
    return { facet: "", topic: found };
  }
  throw new ImportRowError(row, `unknown heading "${value}" (use "Facet: …", "Topic: …" or "General")`);
}

/** Reads a Markdown list into checked questions, or throws ImportRowError for the first bad line. */
export function questionsFromMarkdown(content: string): ImportedQuestion[] {
  const questions: ImportedQuestion[] = [];
  let subject: Subject = { facet: "", topic: "" };
  let inComment = false;
  for (const [index, line] of content
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .entries()) {
    const row = index + 1;
    const trimmed = line.trim();
    if (inComment) {
      if (trimmed.includes("-->")) inComment = false;
      continue;
    }
    if (trimmed === "") continue;
    if (trimmed.startsWith("<!--")) {
      inComment = !trimmed.includes("-->");
      continue;
    }
    if (/^#(\s|$)/.test(trimmed)) continue; // the list's title: the import names the list itself
    const heading = /^#{2,6}\s+(.+?)\s*#*$/.exec(trimmed)?.[1];
    if (heading !== undefined) {
      subject = parseHeading(heading, row);
      continue;
    }
    const item = /^[-*+]\s+(?:\[([^\]]*)\]\s*)?(.*)$/.exec(trimmed);
    if (!item) {
      throw new ImportRowError(
        row,
        'expected a question ("- [depth] question") or a heading ("## Facet: …", "## Topic: …", "## General")',
      );
    }
    const [depth = "", ...marks] = (item[1] ?? "").split(",").map((mark) => mark.trim());
    const unknownMark = marks.find((mark) => mark.toLowerCase() !== "retired");
    if (unknownMark !== undefined) {
      throw new ImportRowError(row, `unknown mark "${unknownMark}" (use "[depth]" or "[depth, retired]")`);
    }
    questions.push(
      checkRow(row, {
        text: item[2] ?? "",
        ...subject,
        depth,
        retired: marks.length > 0 ? "true" : "false",
      }),
    );
  }
  return questions;
}
