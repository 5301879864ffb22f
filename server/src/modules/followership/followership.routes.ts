import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  followershipAssessmentBody,
  followershipAssessmentSchema,
  followershipEstimateBody,
  followershipEstimateSchema,
  followershipInstrumentSchema,
  followershipMapSchema,
  followershipPersonParams,
  followershipTeamParams,
  myFollowershipSchema,
} from "#contracts/followership";
import { FOLLOWERSHIP_ITEMS, FOLLOWERSHIP_SCALE } from "#core/instruments/followership";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { followershipService } from "./followership.service";

const TAGS = ["followership"];

/** The followership self-assessment, a leader's estimates and the team map. */
export async function followershipRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const followership = followershipService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/instruments/followership", {
    schema: {
      operationId: "getFollowershipInstrument",
      tags: TAGS,
      summary: "The followership self-assessment: its 20 items (10 per axis, interleaved) and the 0–6 scale",
      response: { 200: followershipInstrumentSchema, ...errors(401) },
    },
    handler: async (request) => {
      requireAuth(request);
      return {
        items: FOLLOWERSHIP_ITEMS.map(({ id, axis, text }) => ({ id, axis, text })),
        scale: FOLLOWERSHIP_SCALE.map(({ value, label }) => ({ value, label })),
      };
    },
  });

  r.post("/me/assessments/followership", {
    schema: {
      operationId: "takeFollowershipAssessment",
      tags: TAGS,
      summary:
        "Take the followership self-assessment: every item 0–6; the result (both axes 0–60, the style, any leaning) fills my followership-style answer with the same visibility",
      description:
        "A missing, unknown or out-of-range answer is a 400 naming the item (`answers.it3`), and nothing is stored. `visibility` is as for answers, `leader` when left out. Every take is kept in my history.",
      body: followershipAssessmentBody,
      response: { 201: followershipAssessmentSchema, ...errors(400, 401) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await followership.take(requireAuth(request), request.body)),
  });

  r.get("/me/assessments/followership", {
    schema: {
      operationId: "getMyFollowership",
      tags: TAGS,
      summary: "My followership results: the latest, and every take newest first",
      response: { 200: myFollowershipSchema, ...errors(401) },
    },
    handler: async (request) => followership.mine(requireAuth(request)),
  });

  r.put("/people/:userId/followership-estimate", {
    schema: {
      operationId: "putFollowershipEstimate",
      tags: TAGS,
      summary:
        "Place a person I lead on the two followership axes (0–60 each); my belief on their followership-style facet becomes the estimate's style",
      description:
        "For a leader of the person now (404 for anyone else). One estimate per leader and person: a second rewrites the first. Sealed like a belief: `afterResult` says whether I had looked at their result before writing it; written while their result is sealed, it counts as committed first and the result shows from then on.",
      params: followershipPersonParams,
      body: followershipEstimateBody,
      response: { 200: followershipEstimateSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) =>
      followership.estimate(requireAuth(request), request.params.userId, request.body),
  });

  r.get("/people/:userId/followership-estimate", {
    schema: {
      operationId: "getFollowershipEstimate",
      tags: TAGS,
      summary: "My estimate of a person I lead on the two followership axes (404 when I have none)",
      params: followershipPersonParams,
      response: { 200: followershipEstimateSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) => followership.estimateOf(requireAuth(request), request.params.userId),
  });

  r.get("/teams/:teamId/followership-map", {
    schema: {
      operationId: "getFollowershipMap",
      tags: TAGS,
      summary:
        "A team's followership map, for its leaders: each member with my estimate, their self-view where I may see it and have looked at it, and the gap between the two",
      description:
        "The team's leaders only; anyone else, admins included, gets 404. `self` shows where the member's latest result lets a leader see it and I have looked at it (on their page, or by writing my estimate while it was sealed); `selfSealed` when it is there but I have not looked yet.",
      params: followershipTeamParams,
      response: { 200: followershipMapSchema, ...errors(400, 401, 404) },
    },
    handler: async (request) => followership.teamMap(requireAuth(request), request.params.teamId),
  });
}
