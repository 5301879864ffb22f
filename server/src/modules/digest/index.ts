/**
 * The face of the digest module (what is waiting for a leader this week, gathered from the
 * modules that hold each part): for the weekly mail job, and for any screen that shows the same.
 */
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { digestRepository } from "./digest.repository";

export { digestMail } from "./digest.mail";
export type { DigestLeader } from "./digest.repository";
export {
  type DigestCommitment,
  type DigestOpenLoop,
  type DigestOverdue,
  DUE_SOON_DAYS,
  isEmptyDigest,
  type LeaderDigest,
  leaderDigest,
  type SealedAnswer,
} from "./leader-digest";

/** Every active leader who has not turned the digest off, in every workspace. */
export const leadersWithDigest = (db: Kysely<Database>) => digestRepository.leadersWithDigest(db);
