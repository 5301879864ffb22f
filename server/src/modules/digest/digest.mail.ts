import type { Mail } from "../../lib/mailer";
import type { DigestLeader } from "./digest.repository";
import type { DigestCommitment, LeaderDigest } from "./leader-digest";
import { isEmptyDigest } from "./leader-digest";

/** A calendar day as a person reads it: "Monday, 2 November 2026". */
const dayText = (day: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: "UTC", dateStyle: "full" }).format(
    new Date(`${day}T12:00:00Z`),
  );

const commitmentLine = (c: DigestCommitment) =>
  `- ${c.personName}: "${c.text}" (${c.owner === "leader" ? "yours" : "theirs"}), due ${dayText(c.dueOn)}`;

/**
 * The weekly mail of a leader's digest, or null when nothing is waiting: an empty digest is not
 * worth a mail. Names, facet titles and the commitments' own words, never an answer's words.
 */
export function digestMail(leader: DigestLeader, digest: LeaderDigest, baseUrl: string): Mail | null {
  if (isEmptyDigest(digest)) return null;
  const sections: string[] = [];
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) sections.push(`${title}\n${lines.join("\n")}`);
  };
  section(
    "Overdue for a conversation, by the rhythm you set:",
    digest.overduePeople.map(
      (p) => `- ${p.personName}: due ${dayText(p.dueOn)} (${baseUrl}/people/${p.personId})`,
    ),
  );
  section(
    "Vulnerability loops open for more than 14 days (you shared first; did they answer in kind?):",
    digest.openLoops.map(
      (l) =>
        `- ${l.personName}: since ${dayText(l.signalAt.slice(0, 10))} (${baseUrl}/conversations/${l.conversationId})`,
    ),
  );
  section("Commitments overdue:", digest.overdueCommitments.map(commitmentLine));
  section("Commitments due in the coming week:", digest.commitmentsDueSoon.map(commitmentLine));
  section(
    "Answers waiting for your guess (write down what you think, then look):",
    digest.sealed.map((s) => `- ${s.personName}: ${s.facetTitle} (${baseUrl}/people/${s.personId})`),
  );
  return {
    to: leader.email,
    subject: "This week in Rapport: what is waiting for you",
    text: `Hello ${leader.name},\n\n${sections.join("\n\n")}\n\nOpen Rapport: ${baseUrl}/\n\nThis mail comes every Monday while something is waiting and you lead a team.\n`,
  };
}
