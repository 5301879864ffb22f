import type { AuthContext } from "../../access/auth-context";
import { type EncodedBody, encodeJson } from "../../http/encoded-body";
import { AppError } from "../../lib/errors";
import { presentAudit } from "./audit.presenter";
import type { auditService } from "./audit.service";

/** Which audit a request asks for: of one person, of one team, or of every team the viewer leads. */
export type AuditTask =
  | { kind: "person"; personId: string }
  | { kind: "team"; teamId: string }
  | { kind: "leader" };

/**
 * What the audit thread answers: the encoded body, or the `AppError` the service threw (a 404 for
 * a team the viewer does not lead), as plain data, since an error's own fields do not survive the
 * copy between threads. Any other failure rejects the task, and the request answers 500.
 */
export type AuditOutcome =
  | { body: EncodedBody }
  | { error: { status: number; code: string; message: string; details: Record<string, unknown> } };

/** The audit the task names, presented and encoded for the wire: the same on either thread. */
export async function encodedAudit(
  audits: ReturnType<typeof auditService>,
  auth: AuthContext,
  task: AuditTask,
): Promise<AuditOutcome> {
  try {
    const view =
      task.kind === "person"
        ? await audits.person(auth, task.personId)
        : task.kind === "team"
          ? await audits.team(auth, task.teamId)
          : await audits.leader(auth);
    return { body: await encodeJson(presentAudit(view)) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const { status, code, message, details } = error;
    return { error: { status, code, message, details } };
  }
}
