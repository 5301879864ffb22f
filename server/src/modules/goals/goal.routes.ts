import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { okSchema } from "#contracts/common";
import {
  adoptionSchema,
  consentBody,
  goalAnswerBody,
  goalListSchema,
  goalParams,
  goalPersonParams,
  goalQuestionBody,
  goalQuestionParams,
  goalQuestionSchema,
  goalSchema,
  myStanceSchema,
  newGoalBody,
  perceivedStanceBody,
  perceivedStanceSchema,
  stanceBody,
  stanceLookSchema,
  teamGoalsParams,
  thanksBody,
  thanksSchema,
  updateGoalBody,
} from "#contracts/goals";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { goalService } from "./goal.service";

const TAGS = ["goals"];
const OFF_TEAM = "404 for anyone not on the goal's team, admins included.";

/** Common goals: stated by a team's leaders, followed by its members on the stance ladder. */
export async function goalRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const goals = goalService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/teams/:teamId/goals", {
    schema: {
      operationId: "listTeamGoals",
      tags: TAGS,
      summary: "The team's goals, active first, each with my stance and how many followers I can see",
      description: `For the team's leaders and members. ${OFF_TEAM}`,
      params: teamGoalsParams,
      response: { 200: goalListSchema, ...errors(401, 404) },
    },
    handler: async (request) => ({ goals: await goals.list(requireAuth(request), request.params.teamId) }),
  });

  r.post("/teams/:teamId/goals", {
    schema: {
      operationId: "createGoal",
      tags: TAGS,
      summary: "State a goal for the team: what, why it matters, the first small step (a leader of the team)",
      description: `Title up to 200 characters, why up to 2000, first step up to 500 (400 naming the field). 403 for the team's members. ${OFF_TEAM}`,
      params: teamGoalsParams,
      body: newGoalBody,
      response: { 201: goalSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await goals.create(requireAuth(request), request.params.teamId, request.body)),
  });

  r.get("/goals/:goalId", {
    schema: {
      operationId: "getGoal",
      tags: TAGS,
      summary: "A goal as the viewer may see it: followers, questions, and for leaders each member's stances",
      description: `A leader gets \`people\`: each member's stated stance (sealed until looked at; never a private one) beside the leader's own perceived stance, and the gap. A member gets \`teammates\`: the stances shared with the team. Followers who have not agreed to be named show as someone, and only where the curve shows. ${OFF_TEAM}`,
      params: goalParams,
      response: { 200: goalSchema, ...errors(401, 404) },
    },
    handler: async (request) => goals.detail(requireAuth(request), request.params.goalId),
  });

  r.patch("/goals/:goalId", {
    schema: {
      operationId: "updateGoal",
      tags: TAGS,
      summary: "Change a goal's texts, or archive or restore it (a leader of the team)",
      params: goalParams,
      body: updateGoalBody,
      response: { 200: goalSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request) => goals.update(requireAuth(request), request.params.goalId, request.body),
  });

  r.put("/goals/:goalId/stance", {
    schema: {
      operationId: "setMyGoalStance",
      tags: TAGS,
      summary: "Place myself on the goal's stance ladder, with who may see it (a member of the team)",
      description:
        "`stance` is one of unaware, aware, curious, supportive, committed, champion (400 naming it otherwise); `visibility` as for answers, `leader` when left out. A new rung is sealed again for the team's leaders. 403 for the team's leaders; 409 `goal_archived` on an archived goal.",
      params: goalParams,
      body: stanceBody,
      response: { 200: myStanceSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request) => goals.setStance(requireAuth(request), request.params.goalId, request.body),
  });

  r.delete("/goals/:goalId/stance", {
    schema: {
      operationId: "withdrawMyGoalStance",
      tags: TAGS,
      summary: "Withdraw my stance on the goal: off the curve and the followers from now on",
      description: "404 when I have none.",
      params: goalParams,
      response: { 200: okSchema, ...errors(401, 403, 404, 409) },
    },
    handler: async (request) => {
      await goals.withdrawStance(requireAuth(request), request.params.goalId);
      return { ok: true as const };
    },
  });

  r.put("/goals/:goalId/consent", {
    schema: {
      operationId: "setMyFollowerConsent",
      tags: TAGS,
      summary: "Agree, or no longer agree, to be named on the goal page as a follower",
      description: "409 `no_stance` before I have a stance on the goal.",
      params: goalParams,
      body: consentBody,
      response: { 200: myStanceSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request) => goals.setConsent(requireAuth(request), request.params.goalId, request.body),
  });

  r.put("/goals/:goalId/people/:userId/perceived-stance", {
    schema: {
      operationId: "setPerceivedGoalStance",
      tags: TAGS,
      summary: "Record where I perceive a member stands on the goal (a leader of the team; mine alone)",
      description:
        "`afterStated` is true when I had looked at the member's current stated stance first. 404 for someone who is not a member of the goal's team; 403 for the team's members.",
      params: goalPersonParams,
      body: perceivedStanceBody,
      response: { 200: perceivedStanceSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request) =>
      goals.perceive(requireAuth(request), request.params.goalId, request.params.userId, request.body),
  });

  r.post("/goals/:goalId/people/:userId/stance-look", {
    schema: {
      operationId: "lookAtGoalStance",
      tags: TAGS,
      summary: "Look at a member's stated stance, sealed until now (a leader of the team)",
      description: "404 when the member has no stated stance I may see.",
      params: goalPersonParams,
      response: { 200: stanceLookSchema, ...errors(401, 403, 404) },
    },
    handler: async (request) =>
      goals.look(requireAuth(request), request.params.goalId, request.params.userId),
  });

  r.post("/goals/:goalId/thanks", {
    schema: {
      operationId: "thankGoalFollower",
      tags: TAGS,
      summary: "Thank a follower in the open: the team sees it on the goal page (a leader of the team)",
      description:
        "The person must follow the goal now (409 `not_a_follower`) and have agreed to be named (409 `not_named`); once per person and goal (409 `already_thanked`).",
      params: goalParams,
      body: thanksBody,
      response: { 201: thanksSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await goals.thank(requireAuth(request), request.params.goalId, request.body)),
  });

  r.post("/goals/:goalId/questions", {
    schema: {
      operationId: "askAboutGoal",
      tags: TAGS,
      summary:
        "Ask a question about the goal (anyone on the team); stored with the question linter's reading",
      params: goalParams,
      body: goalQuestionBody,
      response: { 201: goalQuestionSchema, ...errors(400, 401, 404, 409) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await goals.ask(requireAuth(request), request.params.goalId, request.body)),
  });

  r.put("/goals/:goalId/questions/:questionId/answer", {
    schema: {
      operationId: "answerGoalQuestion",
      tags: TAGS,
      summary: "Answer a question about the goal (a leader of the team)",
      params: goalQuestionParams,
      body: goalAnswerBody,
      response: { 200: goalQuestionSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request) =>
      goals.answer(requireAuth(request), request.params.goalId, request.params.questionId, request.body),
  });

  r.get("/goals/:goalId/adoption", {
    schema: {
      operationId: "getGoalAdoption",
      tags: TAGS,
      summary: "The goal's adoption curve: how many at each rung, by day of change and by week (UTC)",
      description:
        "Counts every stated stance that is not private. The team's leaders always see it, with their own perceived stances as a second curve; members only once at least the workspace's score threshold of people have shared a stance (else empty, with `withheld`).",
      params: goalParams,
      response: { 200: adoptionSchema, ...errors(401, 404) },
    },
    handler: async (request) => goals.adoption(requireAuth(request), request.params.goalId),
  });
}
