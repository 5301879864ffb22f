import type { AuthContext } from "../../access/auth-context";
import type { AppContext } from "../../context";
import { myManual } from "../answers";
import { teamAuditOf } from "../audit";
import { practiceService } from "../practice";
import { findUserInWorkspace } from "../users";
import { auditReport } from "./audit.report";
import { manualReport } from "./manual.report";
import { practiceReport } from "./practice.report";
import { slug } from "./report.format";

/** A report to send: the PDF and the name to save it under. */
export interface Report {
  filename: string;
  pdf: Buffer;
}

/**
 * Reports as PDF files. It decides nothing about access: each report reads through the face of
 * the module that decides (the team audit under the audit policy, so whoever may not see the
 * audit meets its 404), or reads only the viewer's own (their practice figures, their manual).
 */
export function reportService(ctx: AppContext) {
  const practice = practiceService(ctx);
  const today = () => ctx.clock.now().toISOString().slice(0, 10);
  return {
    /** A team's audit, for whoever may see it (its leaders). */
    async teamAudit(auth: AuthContext, teamId: string): Promise<Report> {
      const audit = await teamAuditOf(ctx, auth, teamId);
      return {
        filename: `audit-${slug(audit.scope.name)}-${today()}.pdf`,
        pdf: await auditReport(audit, ctx.clock.now()),
      };
    },

    /** The viewer's own practice figures, the last 6 or 12 months. */
    async practice(auth: AuthContext, months: number): Promise<Report> {
      const [figures, viewer] = await Promise.all([
        practice.mine(auth, months),
        findUserInWorkspace(ctx.db, auth.workspaceId, auth.userId),
      ]);
      return {
        filename: `practice-${today()}.pdf`,
        pdf: await practiceReport(figures, viewer?.name ?? "me", ctx.clock.now()),
      };
    },

    /** The viewer's own "working with me" manual. */
    async manual(auth: AuthContext): Promise<Report> {
      return {
        filename: "working-with-me.pdf",
        pdf: await manualReport(await myManual(ctx, auth), ctx.clock.now()),
      };
    },
  };
}
