import type { Kysely } from "kysely";
import type {
  Adoption,
  ConsentInput,
  Goal,
  GoalAnswerInput,
  GoalQuestion,
  GoalQuestionInput,
  GoalSummary,
  MyStance,
  NewGoalInput,
  PerceivedStance,
  PerceivedStanceInput,
  StanceInput,
  StanceLook,
  Thanks,
  ThanksInput,
  UpdateGoalInput,
} from "#contracts/goals";
import { adoptionSeries, hasJoined } from "#core/movement/stances";
import { curveWithheldMessage, effectiveThreshold } from "#core/privacy/anonymity";
import { canSeeAnswer } from "#core/privacy/visibility";
import { lintQuestion } from "#core/questions/linter";
import type { AuthContext } from "../../access/auth-context";
import { relations, type TeamStanding } from "../../access/relations";
import type { AppContext } from "../../context";
import { writeContent } from "../../db/data-version";
import type { Database } from "../../db/schema";
import { iso } from "../../lib/clock";
import { AppError, conflict, forbidden, notFound } from "../../lib/errors";
import { newId } from "../../lib/tokens";
import { anonymityThresholds } from "../pulses";
import { factsOf } from "./goal.facts";
import { goalPolicy } from "./goal.policy";
import {
  curveEvents,
  followersOf,
  type GoalFacts,
  lookedAtCurrent,
  membersOf,
  peopleFor,
  presentMyStance,
  presentQuestion,
  sharedStances,
} from "./goal.presenter";
import { type GoalRow, goalRepository as repository } from "./goal.repository";

/** A 409 about one field of the body. */
const conflictOn = (field: string, code: string, message: string) =>
  new AppError(409, code, message, { fields: [{ path: field, message }] });

const archived = () => conflict("goal_archived", "This goal is archived: restore it to change it.");

/** The goal in the viewer's workspace and the viewer's standing on its team; 404 unless on the team. */
async function viewableGoal(
  db: Kysely<Database>,
  auth: AuthContext,
  goalId: string,
): Promise<{ goal: GoalRow; standing: TeamStanding }> {
  const goal = await repository.find(db, auth.workspaceId, goalId);
  const standing = goal ? await relations.team(db, auth, goal.team_id) : undefined;
  if (!goal || !standing || !goalPolicy.canView(standing.role)) throw notFound("Goal");
  return { goal, standing };
}

/** The workspace's score threshold (shared with the trust pulse, through its face), never below the floor. */
async function thresholdOf(db: Kysely<Database>, workspaceId: string): Promise<number> {
  return effectiveThreshold((await anonymityThresholds(db, workspaceId)).scoreThreshold);
}

/** Whether the curve (and who joined without being named) may be shown to this viewer. */
const curveShown = (facts: GoalFacts, isLeader: boolean, threshold: number) =>
  isLeader || sharedStances(facts).length >= threshold;

/** The team member on the goal's team, or 404. */
function memberOfTeam(facts: GoalFacts, userId: string) {
  const name = membersOf(facts.people).get(userId);
  if (name === undefined) throw notFound("Person");
  return { id: userId, name };
}

export function goalService(ctx: AppContext) {
  const { db } = ctx;
  const now = () => iso(ctx.clock.now());

  async function factsOfOne(database: Kysely<Database>, goal: GoalRow): Promise<GoalFacts> {
    return (await factsOf(database, [goal])).get(goal.id) as GoalFacts;
  }

  async function summaries(auth: AuthContext, goals: GoalRow[], isLeader: boolean): Promise<GoalSummary[]> {
    const [facts, threshold] = await Promise.all([factsOf(db, goals), thresholdOf(db, auth.workspaceId)]);
    return goals.map((goal) => {
      const f = facts.get(goal.id) as GoalFacts;
      const mine = f.stances.find((s) => s.user_id === auth.userId);
      return {
        id: goal.id,
        teamId: goal.team_id,
        title: goal.title,
        firstStep: goal.first_step,
        status: goal.status,
        createdAt: goal.created_at,
        myStance: mine ? presentMyStance(mine) : null,
        joinedCount: followersOf(f, auth.userId, curveShown(f, isLeader, threshold)).length,
      };
    });
  }

  /** The goal as the viewer sees it, read inside `database` (the caller's transaction after a write). */
  async function present(database: Kysely<Database>, auth: AuthContext, goalId: string): Promise<Goal> {
    const { goal, standing } = await viewableGoal(database, auth, goalId);
    const isLeader = standing.role === "leader";
    const [facts, threshold, questions] = await Promise.all([
      factsOfOne(database, goal),
      thresholdOf(database, auth.workspaceId),
      repository.questions(database, goal.id),
    ]);
    const mine = facts.stances.find((s) => s.user_id === auth.userId);
    const base: Goal = {
      id: goal.id,
      teamId: goal.team_id,
      teamName: goal.team_name,
      title: goal.title,
      why: goal.why,
      firstStep: goal.first_step,
      status: goal.status,
      createdAt: goal.created_at,
      createdBy: { id: goal.created_by, name: goal.created_by_name },
      viewer: isLeader ? "leader" : "member",
      myStance: mine ? presentMyStance(mine) : null,
      followers: followersOf(facts, auth.userId, curveShown(facts, isLeader, threshold)),
      questions: questions.map(presentQuestion),
    };
    if (isLeader) {
      const [perceived, looks] = await Promise.all([
        repository.perceivedBy(database, auth.userId, [goal.id]),
        repository.looksBy(database, auth.userId, [goal.id]),
      ]);
      return {
        ...base,
        people: peopleFor(
          facts,
          new Map(perceived.map((p) => [p.person_id, p])),
          new Map(looks.map((l) => [l.person_id, l])),
        ),
      };
    }
    const members = membersOf(facts.people);
    return {
      ...base,
      teammates: facts.stances
        .filter((s) => s.user_id !== auth.userId && s.visibility === "team" && members.has(s.user_id))
        .map((s) => ({
          person: { id: s.user_id, name: members.get(s.user_id) ?? "" },
          stance: s.stance,
          statedAt: s.stated_at,
        }))
        .sort((a, b) => (a.person.name < b.person.name ? -1 : a.person.name > b.person.name ? 1 : 0)),
    };
  }

  /** The goal for a write: viewable, in the role the write needs (403 otherwise), and active. */
  async function goalFor(
    database: Kysely<Database>,
    auth: AuthContext,
    goalId: string,
    allowed: (standing: TeamStanding) => boolean,
    refusal: string,
  ) {
    const found = await viewableGoal(database, auth, goalId);
    if (!allowed(found.standing)) throw forbidden(refusal);
    if (found.goal.status !== "active") throw archived();
    return found;
  }

  const asLeader = (auth: AuthContext) => (s: TeamStanding) => goalPolicy.canLead(auth, s.role);
  const LEADERS_ONLY = "Only the team's leaders do this.";
  const asMember = (s: TeamStanding) => goalPolicy.canStateStance(s.role);
  const MEMBERS_ONLY = "Only the team's members place themselves on a goal's ladder.";

  return {
    async list(auth: AuthContext, teamId: string): Promise<GoalSummary[]> {
      const standing = await relations.team(db, auth, teamId);
      if (!standing || !goalPolicy.canView(standing.role)) throw notFound("Team");
      return summaries(auth, await repository.ofTeam(db, teamId), standing.role === "leader");
    },

    async create(auth: AuthContext, teamId: string, input: NewGoalInput): Promise<Goal> {
      return writeContent(db, auth.workspaceId, async (trx) => {
        const standing = await relations.team(trx, auth, teamId);
        if (!standing || !goalPolicy.canView(standing.role)) throw notFound("Team");
        if (!goalPolicy.canManage(auth, standing.role))
          throw forbidden("Only the team's leaders state its goals.");
        const at = now();
        const id = newId();
        await repository.insert(trx, {
          id,
          workspace_id: auth.workspaceId,
          team_id: teamId,
          title: input.title,
          why: input.why,
          first_step: input.firstStep,
          status: "active",
          created_by: auth.userId,
          created_at: at,
          updated_at: at,
        });
        return present(trx, auth, id);
      });
    },

    detail: (auth: AuthContext, goalId: string) => present(db, auth, goalId),

    async update(auth: AuthContext, goalId: string, input: UpdateGoalInput): Promise<Goal> {
      return writeContent(db, auth.workspaceId, async (trx) => {
        const { standing } = await viewableGoal(trx, auth, goalId);
        if (!goalPolicy.canManage(auth, standing.role))
          throw forbidden("Only the team's leaders change its goals.");
        await repository.update(trx, goalId, {
          ...(input.title !== undefined && { title: input.title }),
          ...(input.why !== undefined && { why: input.why }),
          ...(input.firstStep !== undefined && { first_step: input.firstStep }),
          ...(input.status !== undefined && { status: input.status }),
          updated_at: now(),
        });
        return present(trx, auth, goalId);
      });
    },

    /**
     * A member states their stance. Moving to another rung dates it anew (sealed again for every
     * leader); a change of visibility alone keeps its date. Each change is an event of the curve.
     */
    async setStance(auth: AuthContext, goalId: string, input: StanceInput): Promise<MyStance> {
      return writeContent(db, auth.workspaceId, async (trx) => {
        const { goal } = await goalFor(trx, auth, goalId, asMember, MEMBERS_ONLY);
        const visibility = input.visibility ?? "leader";
        const existing = await repository.stanceOf(trx, goal.id, auth.userId);
        const at = now();
        const row = {
          goal_id: goal.id,
          user_id: auth.userId,
          stance: input.stance,
          visibility,
          consent_named: existing?.consent_named ?? 0,
          stated_at: existing && existing.stance === input.stance ? existing.stated_at : at,
          updated_at: at,
        } as const;
        if (existing?.stance !== row.stance || existing.visibility !== row.visibility) {
          await repository.upsertStance(trx, row);
          await repository.addStanceEvent(trx, {
            id: newId(),
            goal_id: goal.id,
            user_id: auth.userId,
            stance: row.stance,
            visibility,
            at,
          });
          return presentMyStance(row);
        }
        return presentMyStance(existing);
      });
    },

    /** A member withdraws their stance (and with it their consent to be named): off the curve from now. */
    async withdrawStance(auth: AuthContext, goalId: string): Promise<void> {
      await writeContent(db, auth.workspaceId, async (trx) => {
        const { goal } = await goalFor(trx, auth, goalId, asMember, MEMBERS_ONLY);
        if (!(await repository.stanceOf(trx, goal.id, auth.userId))) throw notFound("Stance");
        await repository.deleteStance(trx, goal.id, auth.userId);
        await repository.addStanceEvent(trx, {
          id: newId(),
          goal_id: goal.id,
          user_id: auth.userId,
          stance: null,
          visibility: null,
          at: now(),
        });
      });
    },

    /** A member agrees (or no longer agrees) to be named as a follower; it takes a stance to agree on. */
    async setConsent(auth: AuthContext, goalId: string, input: ConsentInput): Promise<MyStance> {
      return writeContent(db, auth.workspaceId, async (trx) => {
        const { goal } = await goalFor(trx, auth, goalId, asMember, MEMBERS_ONLY);
        const existing = await repository.stanceOf(trx, goal.id, auth.userId);
        if (!existing)
          throw conflictOn(
            "named",
            "no_stance",
            "Place yourself on the ladder first: consent goes with a stance.",
          );
        await repository.setConsent(trx, goal.id, auth.userId, input.named);
        return presentMyStance({ ...existing, consent_named: input.named ? 1 : 0 });
      });
    },

    /**
     * A leader records where they perceive a member stands. `afterStated` when the leader had
     * looked at the member's current stated stance before writing it: only a perceived stance
     * written blind is a belief committed first.
     */
    async perceive(
      auth: AuthContext,
      goalId: string,
      personId: string,
      input: PerceivedStanceInput,
    ): Promise<PerceivedStance> {
      return writeContent(db, auth.workspaceId, async (trx) => {
        const { goal } = await goalFor(trx, auth, goalId, asLeader(auth), LEADERS_ONLY);
        memberOfTeam(await factsOfOne(trx, goal), personId);
        const stated = await repository.stanceOf(trx, goal.id, personId);
        const [look] = (await repository.looksBy(trx, auth.userId, [goal.id])).filter(
          (l) => l.person_id === personId,
        );
        const afterStated =
          stated !== undefined && canSeeAnswer(stated.visibility, "leader") && lookedAtCurrent(stated, look);
        const row = {
          goal_id: goal.id,
          leader_id: auth.userId,
          person_id: personId,
          stance: input.stance,
          after_stated: afterStated ? 1 : 0,
          recorded_at: now(),
        } as const;
        await repository.upsertPerceived(trx, row, newId());
        return { stance: row.stance, recordedAt: row.recorded_at, afterStated };
      });
    },

    /** A leader looks at a member's stated stance: unsealed for them until it changes rung. */
    async look(auth: AuthContext, goalId: string, personId: string): Promise<StanceLook> {
      return writeContent(db, auth.workspaceId, async (trx) => {
        const { goal, standing } = await viewableGoal(trx, auth, goalId);
        if (!goalPolicy.canLead(auth, standing.role)) throw forbidden(LEADERS_ONLY);
        memberOfTeam(await factsOfOne(trx, goal), personId);
        const stated = await repository.stanceOf(trx, goal.id, personId);
        if (!stated || !canSeeAnswer(stated.visibility, "leader")) throw notFound("Stance");
        await repository.upsertLook(trx, {
          goal_id: goal.id,
          leader_id: auth.userId,
          person_id: personId,
          looked_at: now(),
        });
        return { stance: stated.stance, statedAt: stated.stated_at };
      });
    },

    /** A leader thanks a follower who agreed to be named, once per goal, in the open. */
    async thank(auth: AuthContext, goalId: string, input: ThanksInput): Promise<Thanks> {
      return writeContent(db, auth.workspaceId, async (trx) => {
        const { goal } = await goalFor(trx, auth, goalId, asLeader(auth), LEADERS_ONLY);
        const facts = await factsOfOne(trx, goal);
        const follower = sharedStances(facts).find(
          (st) => st.user_id === input.personId && hasJoined(st.stance),
        );
        if (!follower)
          throw conflictOn(
            "personId",
            "not_a_follower",
            "Only someone on the team who has joined (supportive or above) can be thanked.",
          );
        if (follower.consent_named !== 1)
          throw conflictOn(
            "personId",
            "not_named",
            "This follower has not agreed to be named, so they cannot be thanked in the open.",
          );
        const at = now();
        const added = await repository.addThanks(trx, {
          goal_id: goal.id,
          person_id: input.personId,
          leader_id: auth.userId,
          message: input.message,
          thanked_at: at,
        });
        if (!added)
          throw conflictOn(
            "personId",
            "already_thanked",
            "This follower has been thanked for this goal already.",
          );
        const me = facts.people.find((p) => p.id === auth.userId);
        return {
          personId: input.personId,
          by: { id: auth.userId, name: me?.name ?? "" },
          message: input.message,
          at,
        };
      });
    },

    /** Anyone on the team asks a question; it is stored whatever the linter says, its reading beside it. */
    async ask(auth: AuthContext, goalId: string, input: GoalQuestionInput): Promise<GoalQuestion> {
      return writeContent(db, auth.workspaceId, async (trx) => {
        const { goal } = await goalFor(
          trx,
          auth,
          goalId,
          (s) => goalPolicy.canAsk(s.role),
          "Only the team's people ask about its goals.",
        );
        const id = newId();
        await repository.addQuestion(trx, {
          id,
          goal_id: goal.id,
          asked_by: auth.userId,
          text: input.text,
          lint_codes: lintQuestion(input.text).findings.map((f) => f.code),
          asked_at: now(),
        });
        const asked = (await repository.questions(trx, goal.id)).find((q) => q.id === id);
        if (!asked) throw notFound("Question");
        return presentQuestion(asked);
      });
    },

    /** A leader of the team answers a question (or rewrites their answer). */
    async answer(
      auth: AuthContext,
      goalId: string,
      questionId: string,
      input: GoalAnswerInput,
    ): Promise<GoalQuestion> {
      return writeContent(db, auth.workspaceId, async (trx) => {
        const { goal } = await goalFor(
          trx,
          auth,
          goalId,
          (s) => goalPolicy.canAnswer(auth, s.role),
          "Only the team's leaders answer questions about its goals.",
        );
        const answered = await repository.answerQuestion(trx, goal.id, questionId, {
          text: input.text,
          by: auth.userId,
          at: now(),
        });
        const row = answered && (await repository.questions(trx, goal.id)).find((q) => q.id === questionId);
        if (!row) throw notFound("Question");
        return presentQuestion(row);
      });
    },

    /**
     * The adoption curve: shared stated stances over time. Leaders always see it, with their own
     * perceived curve; members once at least the workspace's score threshold of people have shared
     * a stance, else it is withheld with why.
     */
    async adoption(auth: AuthContext, goalId: string): Promise<Adoption> {
      const { goal, standing } = await viewableGoal(db, auth, goalId);
      const isLeader = standing.role === "leader";
      const [facts, threshold] = await Promise.all([factsOfOne(db, goal), thresholdOf(db, auth.workspaceId)]);
      const window = { from: goal.created_at, to: now() };
      const shown = curveShown(facts, isLeader, threshold);
      const joinedCount = followersOf(facts, auth.userId, shown).length;
      if (!shown)
        return {
          goalId: goal.id,
          days: [],
          weeks: [],
          joinedCount,
          crowdAt: null,
          withheld: { reason: "too_few", message: curveWithheldMessage(threshold) },
        };
      const series = adoptionSeries(curveEvents(facts), window);
      const result: Adoption = {
        goalId: goal.id,
        days: series.days,
        weeks: series.weeks,
        joinedCount,
        crowdAt: series.crowdAt,
      };
      if (!isLeader) return result;
      const members = membersOf(facts.people);
      const perceived = (await repository.perceivedEvents(db, goal.id, auth.userId))
        .filter((e) => members.has(e.person_id))
        .map((e) => ({ personId: e.person_id, stance: e.stance, at: e.at }));
      const mine = adoptionSeries(perceived, window);
      return { ...result, perceived: { days: mine.days, weeks: mine.weeks } };
    },
  };
}
