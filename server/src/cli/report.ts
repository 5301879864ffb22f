import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { teamAuditParams } from "#contracts/audit";
import type { AuthContext } from "../access/auth-context";
import type { Config } from "../config";
import type { DatabaseHandle } from "../db/database";
import { systemClock } from "../lib/clock";
import { AppError } from "../lib/errors";
import { disabledMailer } from "../lib/mailer";
import { type Report, reportService } from "../modules/reports";
import { findUserByEmail } from "../modules/users";

export const REPORT_HELP = `  report audit                 A team's assumption audit as a PDF, as its leader sees it.
      --team ID                (required)
      --leader EMAIL           One of the team's leaders (required)
      --out FILE               Where to write it (default: the name the web app would download).
  report practice              A leader's practice figures, month by month, as a PDF.
      --leader EMAIL           (required)
      --months 6|12            (default 6)
      --out FILE`;

/**
 * \`rapport report …\`: a report as a PDF, for an operator on the server. It acts as the leader it
 * names, through the same use cases and policy as the API: a team the leader does not lead has
 * no audit for them, as on the web.
 */
export async function runReportCommand(
  config: Config,
  handle: DatabaseHandle,
  args: string[],
  out: (line: string) => void,
): Promise<number> {
  const [kind, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      team: { type: "string" },
      leader: { type: "string" },
      months: { type: "string" },
      out: { type: "string" },
    },
  });
  if (kind !== "audit" && kind !== "practice") {
    out(`Which report: "audit" or "practice"?\n\n${REPORT_HELP}`);
    return 64;
  }
  if (!values.leader) throw new Error("--leader is required.");
  const leader = await findUserByEmail(handle.db, values.leader.trim().toLowerCase());
  if (!leader || leader.deactivated_at !== null) throw new Error(`No active account for ${values.leader}.`);
  const auth: AuthContext = {
    sessionId: "cli",
    userId: leader.id,
    workspaceId: leader.workspace_id,
    isAdmin: leader.is_admin === 1,
    dataVersion: 0,
    catalogueVersion: 0,
    questionsVersion: 0,
    scopes: null,
  };
  const reports = reportService({ config, ...handle, clock: systemClock, mailer: disabledMailer });
  let report: Report;
  try {
    if (kind === "audit") {
      if (!teamAuditParams.safeParse({ teamId: values.team }).success)
        throw new Error("--team must be a team's id (a UUID, as in the team page's address).");
      report = await reports.teamAudit(auth, values.team ?? "");
    } else {
      const months = values.months ?? "6";
      if (months !== "6" && months !== "12") throw new Error("--months must be 6 or 12.");
      report = await reports.practice(auth, Number(months));
    }
  } catch (error) {
    if (error instanceof AppError && error.status === 404)
      throw new Error(`${values.leader} leads no team ${values.team ?? ""}: ${error.message}`);
    throw error;
  }
  const file = values.out ?? report.filename;
  await writeFile(file, report.pdf);
  out(`Wrote ${file} (${report.pdf.length} bytes).`);
  return 0;
}
