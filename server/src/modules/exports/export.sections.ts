import type { Kysely } from "kysely";
import type { Export } from "#contracts/exports";
import type { AuthContext } from "../../access/auth-context";
import type { Database } from "../../db/schema";
import { answersExportOf } from "../answers";
import { accountExportOf } from "../auth";
import { coachingExportOf } from "../coaching";
import { commitmentsExportOf } from "../commitments";
import { conversationsExportOf } from "../conversations";
import { followershipExportOf } from "../followership";
import { goalsExportOf } from "../goals";
import { beliefsExportOf } from "../knowledge";
import { prioritiesExportOf } from "../priorities";
import { questionListsExportOf } from "../questions";

/** A section of the export, read by its own module's face inside the export's transaction. */
type SectionKey = Exclude<keyof Export, "version" | "generatedAt" | "omitted">;
type SectionReader<K extends SectionKey> = (
  db: Kysely<Database>,
  auth: AuthContext,
  now: Date,
) => Promise<Export[K]>;

/**
 * Each section of the export and the face function that reads it: only what the signed-in person
 * may see of their own, decided by the module that holds it. A module adds its section with a key
 * in `exportSchema` (contracts/exports.ts) and a line here; the type check asks for both.
 */
export const SECTIONS: { [K in SectionKey]: SectionReader<K> } = {
  account: accountExportOf,
  answers: answersExportOf,
  followership: followershipExportOf,
  goals: goalsExportOf,
  priorities: prioritiesExportOf,
  questionLists: questionListsExportOf,
  commitments: commitmentsExportOf,
  conversations: conversationsExportOf,
  beliefs: beliefsExportOf,
  coaching: coachingExportOf,
};

export type Sections = { [K in SectionKey]: Export[K] };

/** Every section, one after the other, in the caller's transaction. */
export async function readSections(db: Kysely<Database>, auth: AuthContext, now: Date): Promise<Sections> {
  const read: Partial<Record<SectionKey, unknown>> = {};
  for (const [key, reader] of Object.entries(SECTIONS) as [SectionKey, SectionReader<SectionKey>][]) {
    read[key] = await reader(db, auth, now);
  }
  return read as Sections;
}

/** What the export leaves out on purpose, and why (in the document itself, so nobody wonders). */
export const OMITTED: Export["omitted"] = [
  {
    section: "pulses",
    why: "A trust pulse response is stored apart from who gave it, so it is nobody's to take back; a round's figures belong to its team, and the team's page shows them.",
  },
  {
    section: "members' answers",
    why: "What the people you lead answered is theirs: it stays out of your export, whatever you may see of it. Each of them can download their own.",
  },
  {
    section: "secrets",
    why: "No password hash, session, API token, calendar feed address or invitation link: they open your account or feed, and are not your data.",
  },
];
