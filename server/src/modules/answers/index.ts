/**
 * The face of the answers module: what other modules and app.ts may use. A person's current
 * answers are read here whatever their visibility; the caller decides who may see which.
 */
import type { Kysely } from "kysely";
import type { AuthContext } from "../../access/auth-context";
import type { AppContext } from "../../context";
import type { Database } from "../../db/schema";
import { answerRepository } from "./answer.repository";
import { answerService } from "./answer.service";

export { answersExportOf } from "./answer.export";
export { presentLeaderManual } from "./answer.presenter";
export { answerRoutes } from "./answer.routes";
export { type ManualSection, type MyManual, writeAnswer } from "./answer.service";
export { leaderManualRoutes } from "./leader-manual.routes";
export { type LeaderManual, leaderManualService } from "./leader-manual.service";

/** The person's current answer on a facet, if any. */
export const currentAnswer = (db: Kysely<Database>, personId: string, facetId: string) =>
  answerRepository.find(db, personId, facetId);

/** Every current answer of the person. */
export const currentAnswers = (db: Kysely<Database>, personId: string) =>
  answerRepository.listFor(db, personId);

/** The viewer's own "working with me" manual (what `GET /me/manual.md` holds), with who sees each answer. */
export const myManual = (ctx: AppContext, auth: AuthContext) => answerService(ctx).manual(auth);
