import type { Practice } from "#contracts/practice";
import { dayIn, monthOf, monthsEndingWith } from "#core/practice/days";
import { practiceFigures } from "#core/practice/figures";
import type { AuthContext } from "../../access/auth-context";
import { relations } from "../../access/relations";
import type { AppContext } from "../../context";
import { commitmentsOfLeader } from "../commitments";
import { practiceRowsOf } from "../conversations";
import { findUserInWorkspace } from "../users";

/**
 * The viewer's own practice figures, computed afresh from their conversations and commitments with
 * the people they lead now (read through those modules' faces), in the viewer's time zone. It
 * decides nothing about access: it reads only the viewer's own, and answers counts and shares.
 */
export function practiceService(ctx: AppContext) {
  return {
    async mine(auth: AuthContext, months: number): Promise<Practice> {
      const now = ctx.clock.now();
      const [pairs, viewer] = await Promise.all([
        relations.pairs(ctx.db, auth),
        findUserInWorkspace(ctx.db, auth.workspaceId, auth.userId),
      ]);
      const timeZone = viewer?.time_zone ?? "UTC";
      const personIds = pairs.leads.map((p) => p.id);
      const [conversations, commitments] = await Promise.all([
        practiceRowsOf(ctx.db, auth.workspaceId, auth.userId, personIds),
        commitmentsOfLeader(ctx.db, auth.workspaceId, auth.userId, personIds),
      ]);
      const today = dayIn(now, timeZone);
      const figures = practiceFigures({
        months: monthsEndingWith(monthOf(today), months),
        timeZone,
        today,
        peopleLed: personIds.length,
        conversations,
        commitments: commitments.map((c) => ({
          owner: c.owner,
          dueOn: c.due_on,
          status: c.status,
          closedOn: c.closed_on,
        })),
      });
      return { timeZone, peopleLed: personIds.length, ...figures };
    },
  };
}
