/**
 * The face of the questions module (the linter, the bank, a leader's own lists): what other
 * modules, app.ts and the command line may use.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { questionListRepository } from "./question-list.repository";

export { bankRoutes } from "./bank.routes";
export { LINT_HELP, runLintCommand } from "./lint.command";
export { lintRoutes } from "./lint.routes";
export { questionListsExportOf } from "./question-list.export";
export { questionListRoutes } from "./question-list.routes";
export { questionListItemRoutes } from "./question-list-item.routes";

/** Every question in the lists the leader keeps, list by list and in each list's order. */
export const questionsOwnedBy = (db: Kysely<Database>, leaderId: string) =>
  questionListRepository.itemsOwnedBy(db, leaderId);
