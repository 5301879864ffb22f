import type { Export, ExportDataset } from "#contracts/exports";
import { EXPORT_VERSION } from "#contracts/exports";
import type { AuthContext } from "../../access/auth-context";
import type { AppContext } from "../../context";
import { iso } from "../../lib/clock";
import { type RequestOrigin, recordSecurityEvent } from "../security-log";
import { exportCsv } from "./export.csv";
import { OMITTED, readSections } from "./export.sections";

/**
 * The signed-in person's export. It decides nothing about access: each section is read by the
 * module that holds it, through its face, and holds only the person's own (see export.sections.ts).
 * One read-only transaction (repeatable read on PostgreSQL), so the sections agree with each other.
 * Each download is then recorded in the security log (which format, which table; never what it held).
 */
export function exportService(ctx: AppContext) {
  async function document(auth: AuthContext): Promise<Export> {
    const now = ctx.clock.now();
    return ctx.db
      .transaction()
      .setIsolationLevel("repeatable read")
      .execute(async (trx) => ({
        version: EXPORT_VERSION,
        generatedAt: iso(now),
        ...(await readSections(trx, auth, now)),
        omitted: OMITTED,
      }));
  }

  const downloaded = (
    auth: AuthContext,
    origin: RequestOrigin,
    detail: { format: "json" | "csv"; dataset?: string },
  ) =>
    recordSecurityEvent(ctx.db, {
      workspaceId: auth.workspaceId,
      kind: "export_downloaded",
      at: ctx.clock.now(),
      actorId: auth.userId,
      subjectId: auth.userId,
      origin,
      detail,
    });

  return {
    async document(auth: AuthContext, origin: RequestOrigin): Promise<Export> {
      const doc = await document(auth);
      await downloaded(auth, origin, { format: "json" });
      return doc;
    },
    async csv(auth: AuthContext, dataset: ExportDataset, origin: RequestOrigin): Promise<string> {
      const body = exportCsv(await document(auth), dataset);
      await downloaded(auth, origin, { format: "csv", dataset });
      return body;
    },
  };
}
