import { type Kysely, sql } from "kysely";
import { BLIND_SPOT_PARTIAL_CONFIDENCE, OUTCOME_SCORE } from "#core/audit";
import { canSeeAnswer, VISIBILITIES } from "#core/privacy/visibility";
import type { Database } from "../../db/schema";

/** The visibilities a leader may read, from the one rule in core (as knowledge reads answers). */
const SEEN_BY_LEADER = VISIBILITIES.filter((visibility) => canSeeAnswer(visibility, "leader"));

/**
 * One leader's knowledge of the people they lead now, summed in SQL: integers only, so the
 * figures made from them are exact (as in core/audit's `FiguresAccumulator`). The leader's id
 * never leaves the service: it only tells the anonymity guard which leaders a group rests on.
 */
export interface LeaderSums {
  leaderId: string;
  /** Active people this leader leads now (role member on a team they lead). */
  people: number;
  /** Cells (person, facet) holding a belief of this leader. */
  beliefs: number;
  /** Cells holding an answer the leader may see (sealed or looked at). */
  answered: number;
  /** Cells holding both. */
  beliefsWithAnswer: number;
  /** Cells `verified` or `learned`, not stale, counting only comparisons the leader marked. */
  confirmed: number;
  /** Beliefs, written before looking, with a mark the leader made against an answer they looked at. */
  compared: number;
  /** Σ 2·outcome (match 2, partial 1, miss 0) over the compared. */
  outcomeHalves: number;
  /** Σ (2·confidence − 5·halves)² = 100 · Σ (p − o)² over the compared. */
  squaredErrorHundredths: number;
}

/**
 * The statement behind `leaderSums`, one row per leader of the workspace (the bench explains it).
 * A cell is (leader, person led now, audited facet), as in the leader's own audit; `staleBefore`
 * is now − the freshness window, as ISO text (every timestamp is ISO-8601 UTC text, so text order
 * is time order).
 */
export function leaderSumsQuery(workspaceId: string, staleBefore: string) {
  const visible = sql.join(SEEN_BY_LEADER.map((v) => sql.lit(v)));
  const fresh = (column: string) => sql`${sql.ref(column)} >= ${staleBefore}`;
  const halves = sql`(case c.outcome ${sql.join(
    Object.entries(OUTCOME_SCORE).map(
      ([outcome, score]) => sql`when ${sql.lit(outcome)} then ${sql.lit(2 * score)}`,
    ),
    sql` `,
  )} end)`;
  const blindAt = sql.lit(BLIND_SPOT_PARTIAL_CONFIDENCE);
  // A comparison counts (core/audit `effectiveComparison`): the leader's mark beside an answer
  // they may see and have looked at, in its current revision.
  const counts = sql`r.leader_id is not null and c.id is not null`;
  const compared = sql`${counts} and b.after_answer = 0`;
  const error = sql`(2 * b.confidence - 5 * ${halves})`;
  // The states of core/audit `classifyCell` for a cell holding a belief, 1 for verified or learned.
  const confirmed = sql`case
      when ${counts} and (c.outcome = 'miss' or (c.outcome = 'partial' and b.confidence >= ${blindAt})) then 0
      when ${counts} then case when ${fresh("c.compared_at")}
        or (b.source = 'asked' and ${fresh("b.recorded_at")})
        or (b.after_answer = 1 and ${fresh("va.updated_at")}) then 1 else 0 end
      when r.leader_id is not null and b.after_answer = 1 then case when ${fresh("va.updated_at")}
        or (b.source = 'asked' and ${fresh("b.recorded_at")}) then 1 else 0 end
      when b.source = 'asked' and ${fresh("b.recorded_at")} then 1
      else 0 end`;
  const audited = sql`select id from facets
    where workspace_id = ${workspaceId} and retired_at is null and audience = 'everyone'`;
  // Each cell's facts are summed per (leader, person) first, from the tables alone, and only then
  // joined to who leads whom now: a join on (leader, person) before the per-cell joins is one that
  // PostgreSQL misjudges by three orders of magnitude, and then probes an index per belief.
  return sql<Record<string, unknown>>`
    with held as (
      select b.leader_id, b.person_id,
        count(*) as beliefs,
        sum(case when va.id is not null then 1 else 0 end) as with_answer,
        sum(${confirmed}) as confirmed,
        sum(case when ${compared} then 1 else 0 end) as compared,
        sum(case when ${compared} then ${halves} else 0 end) as halves,
        sum(case when ${compared} then ${error} * ${error} else 0 end) as squared
      from beliefs b
      left join answers va
        on va.user_id = b.person_id and va.facet_id = b.facet_id and va.visibility in (${visible})
      left join answer_reveals r
        on r.leader_id = b.leader_id and r.answer_id = va.id and r.revision = va.revision
      left join comparisons c
        on c.leader_id = b.leader_id and c.person_id = b.person_id and c.facet_id = b.facet_id
      where b.facet_id in (${audited})
      group by b.leader_id, b.person_id
    ),
    learned as (
      select r.leader_id, r.person_id, count(*) as cells
      from answer_reveals r
      join answers va on va.id = r.answer_id and va.revision = r.revision
      left join beliefs b
        on b.leader_id = r.leader_id and b.person_id = r.person_id and b.facet_id = r.facet_id
      where va.visibility in (${visible}) and ${fresh("va.updated_at")} and b.id is null
        and va.facet_id in (${audited})
      group by r.leader_id, r.person_id
    ),
    answered as (
      select va.user_id, count(*) as cells
      from answers va
      where va.visibility in (${visible}) and va.facet_id in (${audited})
      group by va.user_id
    ),
    lp as (
      select distinct lead.user_id as leader_id, m.user_id as person_id
      from teams t
      join team_memberships lead on lead.team_id = t.id and lead.role = 'leader'
      join team_memberships m on m.team_id = t.id and m.role = 'member'
      join users lu on lu.id = lead.user_id and lu.deactivated_at is null
      join users pu on pu.id = m.user_id and pu.deactivated_at is null
      where t.workspace_id = ${workspaceId}
    )
    select lp.leader_id, count(*) as people, sum(answered.cells) as answered,
      sum(held.beliefs) as beliefs, sum(held.with_answer) as with_answer,
      sum(held.confirmed) as confirmed, sum(held.compared) as compared,
      sum(held.halves) as halves, sum(held.squared) as squared, sum(learned.cells) as learned
    from lp
    left join answered on answered.user_id = lp.person_id
    left join held on held.leader_id = lp.leader_id and held.person_id = lp.person_id
    left join learned on learned.leader_id = lp.leader_id and learned.person_id = lp.person_id
    group by lp.leader_id
    `;
}

export interface DirectoryCounts {
  people: number;
  teams: number;
  leaders: number;
  peopleLed: number;
  facets: number;
}

const n = (value: unknown): number => Number(value ?? 0);

/**
 * Reads every table that knowledge, answers, teams and facets keep, read-only and set-based: the
 * figures are sums over a whole workspace, which no face of those modules could give without
 * loading each row (the erasure repository is the other that spans modules' tables, to write).
 */
export const workspaceFiguresRepository = {
  /** Per leader of the workspace, in one statement (`leaderSumsQuery`). */
  async leaderSums(db: Kysely<Database>, workspaceId: string, staleBefore: string): Promise<LeaderSums[]> {
    const result = await leaderSumsQuery(workspaceId, staleBefore).execute(db);
    return result.rows.map((row) => ({
      leaderId: String(row.leader_id),
      people: n(row.people),
      beliefs: n(row.beliefs),
      answered: n(row.answered),
      beliefsWithAnswer: n(row.with_answer),
      confirmed: n(row.confirmed) + n(row.learned),
      compared: n(row.compared),
      outcomeHalves: n(row.halves),
      squaredErrorHundredths: n(row.squared),
    }));
  },

  /** The directory's counts and the freshness window, in one statement. */
  async directory(
    db: Kysely<Database>,
    workspaceId: string,
  ): Promise<DirectoryCounts & { freshnessDays: number }> {
    const result = await sql<Record<string, unknown>>`
      select
        (select count(*) from users
          where workspace_id = ${workspaceId} and deactivated_at is null) as people,
        (select count(*) from teams where workspace_id = ${workspaceId}) as teams,
        (select count(distinct tm.user_id) from team_memberships tm
          join teams t on t.id = tm.team_id
          join users u on u.id = tm.user_id and u.deactivated_at is null
          where t.workspace_id = ${workspaceId} and tm.role = 'leader') as leaders,
        (select count(distinct m.user_id) from team_memberships m
          join teams t on t.id = m.team_id
          join team_memberships lead on lead.team_id = m.team_id and lead.role = 'leader'
          join users lu on lu.id = lead.user_id and lu.deactivated_at is null
          join users pu on pu.id = m.user_id and pu.deactivated_at is null
          where t.workspace_id = ${workspaceId} and m.role = 'member') as people_led,
        (select count(*) from facets
          where workspace_id = ${workspaceId} and retired_at is null and audience = 'everyone') as facets,
        w.freshness_days
      from workspaces w where w.id = ${workspaceId}
    `.execute(db);
    const row = result.rows[0] ?? {};
    return {
      people: n(row.people),
      teams: n(row.teams),
      leaders: n(row.leaders),
      peopleLed: n(row.people_led),
      facets: n(row.facets),
      freshnessDays: n(row.freshness_days),
    };
  },
};
