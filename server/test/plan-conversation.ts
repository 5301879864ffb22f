import { iso } from "../src/lib/clock";
import { newId } from "../src/lib/tokens";
import type { TestApp } from "./harness";

/**
 * A conversation on the calendar, written straight to its table: the reminder job and the
 * calendar feed read it, and neither cares how it was planned. Returns its id.
 */
export async function planConversation(
  t: TestApp,
  plan: {
    leaderId: string;
    personId: string;
    scheduledAt: string;
    durationMinutes?: number;
    status?: "planned" | "held" | "cancelled";
    sharedNotes?: string;
    privateNotes?: string;
  },
): Promise<string> {
  const id = newId();
  const now = iso(t.clock.now());
  const leader = await t.ctx.db
    .selectFrom("users")
    .select("workspace_id")
    .where("id", "=", plan.leaderId)
    .executeTakeFirstOrThrow();
  await t.ctx.db
    .insertInto("conversations")
    .values({
      id,
      workspace_id: leader.workspace_id,
      leader_id: plan.leaderId,
      person_id: plan.personId,
      scheduled_at: plan.scheduledAt,
      duration_minutes: plan.durationMinutes ?? 30,
      status: plan.status ?? "planned",
      shared_notes: plan.sharedNotes ?? "",
      private_notes: plan.privateNotes ?? "",
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}
