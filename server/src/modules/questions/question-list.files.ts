import { MAX_LIST_ITEMS, type TransferFormat } from "#contracts/questions";
import { lintQuestion } from "#core/questions/linter";
import type { QuestionListItemTable } from "../../db/schema";
import { AppError } from "../../lib/errors";
import { questionsFromCsv, questionsToCsv } from "./question-list.csv";
import { questionsFromMarkdown, questionsToMarkdown } from "./question-list.markdown";
import {
  exportFileName,
  type ImportedQuestion,
  ImportRowError,
  type TransferQuestion,
} from "./question-list.transfer";

/** Pure: a list to an export file and an import file to questions, in either format. */

export interface ExportFile {
  fileName: string;
  contentType: string;
  body: string;
}

const toTransfer = (item: QuestionListItemTable): TransferQuestion => ({
  text: item.text,
  facet: item.facet,
  topic: item.topic,
  depth: item.depth,
  retired: item.retired === 1,
});

export function writeExportFile(
  listName: string,
  items: readonly QuestionListItemTable[],
  format: TransferFormat,
): ExportFile {
  const questions = items.map(toTransfer);
  const fileName = exportFileName(listName, format);
  switch (format) {
    case "csv":
      return { fileName, contentType: "text/csv; charset=utf-8", body: questionsToCsv(questions) };
    case "md":
      return {
        fileName,
        contentType: "text/markdown; charset=utf-8",
        body: questionsToMarkdown(listName, questions),
      };
  }
}

/** Every question of the file, checked; or a 400 `import_invalid` naming the first bad row. */
export function readImportFile(format: TransferFormat, content: string): ImportedQuestion[] {
  try {
    const questions = format === "csv" ? questionsFromCsv(content) : questionsFromMarkdown(content);
    const over = questions[MAX_LIST_ITEMS];
    if (over) throw new ImportRowError(over.row, `a list holds at most ${MAX_LIST_ITEMS} questions`);
    return questions;
  } catch (error) {
    if (!(error instanceof ImportRowError)) throw error;
    throw new AppError(400, "import_invalid", error.message, { row: error.row, reason: error.reason });
  }
}

/** The linter's findings for each imported question, with its row: shown to the leader, never blocking. */
export const importFindings = (questions: readonly ImportedQuestion[]) =>
  questions.flatMap((question) =>
    lintQuestion(question.text).findings.map((finding) => ({
      row: question.row,
      code: finding.code,
      message: finding.message,
      suggestion: finding.suggestion,
    })),
  );
