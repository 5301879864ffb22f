import type { Follower, GoalPerson, GoalQuestion, MyStance } from "#contracts/goals";
import { FIRST_FOLLOWERS, hasJoined, joinedOf, type StanceEvent, stanceGap } from "#core/movement/stances";
import { canSeeAnswer } from "#core/privacy/visibility";
import { lintQuestion } from "#core/questions/linter";
import type {
  LookRow,
  PerceivedRow,
  QuestionRow,
  StanceEventRow,
  StanceRow,
  TeamPerson,
  ThanksRow,
} from "./goal.repository";

/** What one goal's page is computed from: the team's people and the goal's stances, history and thanks. */
export interface GoalFacts {
  people: TeamPerson[];
  stances: StanceRow[];
  events: StanceEventRow[];
  thanks: ThanksRow[];
}

/** The team's members now (not its leaders), by id. */
export const membersOf = (people: readonly TeamPerson[]) =>
  new Map(people.filter((p) => p.role === "member").map((p) => [p.id, p.name]));

/**
 * The curve's events: the current members' statements, a private one (or a withdrawal) taking the
 * person off the curve from then on.
 */
export function curveEvents(facts: GoalFacts): StanceEvent[] {
  const members = membersOf(facts.people);
  return facts.events
    .filter((e) => members.has(e.user_id))
    .map((e) => ({
      personId: e.user_id,
      stance: e.visibility === "private" ? null : e.stance,
      at: e.at,
    }));
}

/** The current members' stated stances that are not private: what the curve counts now. */
export function sharedStances(facts: GoalFacts): StanceRow[] {
  const members = membersOf(facts.people);
  return facts.stances.filter((s) => members.has(s.user_id) && s.visibility !== "private");
}

/**
 * The goal's followers: members whose shared stance is `supportive` or above now, in the order
 * they first joined; `first` marks the goal's first three to join (ever, so the first followers
 * stay who they were). A follower is named when they agreed to be, or to themselves; the others
 * are "someone", listed only where the curve itself may be shown (`showUnnamed`). A thanks shows
 * with the follower's name only.
 */
export function followersOf(facts: GoalFacts, viewerId: string, showUnnamed: boolean): Follower[] {
  const members = membersOf(facts.people);
  const joined = joinedOf(curveEvents(facts));
  const first = new Set(joined.slice(0, FIRST_FOLLOWERS).map((j) => j.personId));
  const now = new Map(sharedStances(facts).map((s) => [s.user_id, s]));
  const thanks = new Map(facts.thanks.map((t) => [t.person_id, t]));
  return joined.flatMap(({ personId, at }) => {
    const stance = now.get(personId);
    if (!stance || !hasJoined(stance.stance)) return [];
    const named = stance.consent_named === 1 || personId === viewerId;
    if (!named && !showUnnamed) return [];
    const thanked = thanks.get(personId);
    return [
      {
        person: named ? { id: personId, name: members.get(personId) ?? "" } : null,
        joinedAt: at,
        first: first.has(personId),
        thanked:
          named && thanked
            ? {
                by: { id: thanked.leader_id, name: thanked.leader_name },
                message: thanked.message,
                at: thanked.thanked_at,
              }
            : null,
      },
    ];
  });
}

/** Whether the leader has looked at the stated stance since it last changed rung. */
export const lookedAtCurrent = (stance: StanceRow, look: LookRow | undefined) =>
  look !== undefined && look.looked_at >= stance.stated_at;

/**
 * Each member of the team as one of its leaders sees them on a goal: the stated stance when the
 * leader may see it (never a private one), sealed until looked at; the leader's own perceived
 * stance; and the gap where both show.
 */
export function peopleFor(
  facts: GoalFacts,
  perceived: ReadonlyMap<string, PerceivedRow>,
  looks: ReadonlyMap<string, LookRow>,
): GoalPerson[] {
  const stances = new Map(facts.stances.map((s) => [s.user_id, s]));
  return facts.people
    .filter((p) => p.role === "member")
    .map((p) => {
      const stance = stances.get(p.id);
      const visible = stance !== undefined && canSeeAnswer(stance.visibility, "leader");
      const open = visible && lookedAtCurrent(stance, looks.get(p.id));
      const mine = perceived.get(p.id);
      return {
        person: { id: p.id, name: p.name },
        stated: visible
          ? open
            ? { stance: stance.stance, statedAt: stance.stated_at }
            : { sealed: true as const, statedAt: stance.stated_at }
          : null,
        perceived: mine
          ? { stance: mine.stance, recordedAt: mine.recorded_at, afterStated: mine.after_stated === 1 }
          : null,
        gap: open && mine ? stanceGap(mine.stance, stance.stance) : null,
      };
    });
}

export const presentMyStance = (row: StanceRow): MyStance => ({
  stance: row.stance,
  visibility: row.visibility,
  statedAt: row.stated_at,
  named: row.consent_named === 1,
});

/** A question with the linter's reading of its words now (the codes when asked are kept in the row). */
export const presentQuestion = (row: QuestionRow): GoalQuestion => ({
  id: row.id,
  text: row.text,
  askedBy: { id: row.asked_by, name: row.asked_by_name },
  askedAt: row.asked_at,
  lint: lintQuestion(row.text),
  answer:
    row.answer !== null && row.answered_at !== null
      ? {
          text: row.answer,
          by: { id: row.answered_by ?? "", name: row.answered_by_name ?? "" },
          at: row.answered_at,
        }
      : null,
});
