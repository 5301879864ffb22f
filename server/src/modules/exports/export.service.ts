import type { Export, ExportDataset } from "#contracts/exports";
import { EXPORT_VERSION } from "#contracts/exports";
import type { AuthContext } from "../../access/auth-context";
import type { AppContext } from "../../context";
import { iso } from "../../lib/clock";
import { exportCsv } from "./export.csv";
import { OMITTED, readSections } from "./export.sections";

/**
 * The signed-in person's export. It decides nothing about access: each section is read by the
 * module that holds it, through its face, and holds only the person's own (see export.sections.ts).
 * One read-only transaction (repeatable read on PostgreSQL), so the sections agree with each other.
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

  return {
    document,
    async csv(auth: AuthContext, dataset: ExportDataset): Promise<string> {
      return exportCsv(await document(auth), dataset);
    },
  };
}
