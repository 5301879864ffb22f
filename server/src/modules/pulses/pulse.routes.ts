import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  anonymitySettingsBody,
  anonymitySettingsSchema,
  newPulseBody,
  pulseAnsweredSchema,
  pulseDetailSchema,
  pulseParams,
  pulseResponseBody,
  pulseResultsQuery,
  pulseResultsSchema,
  pulseRoundSchema,
  pulseTrendSchema,
} from "#contracts/pulses";
import { teamParams } from "#contracts/teams";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { pulseService } from "./pulse.service";

const TAGS = ["pulses"];

/** The trust pulse: rounds a team's members answer anonymously, read once closed through the anonymity guard. */
export async function pulseRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const pulses = pulseService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post("/teams/:teamId/pulses", {
    schema: {
      operationId: "openPulse",
      tags: TAGS,
      summary: "Open a trust pulse round for a team, closing on a day (a leader of the team or an admin)",
      description:
        "`closesOn` must be after today and at most 60 days on, in UTC (400 naming it). 409 `pulse_already_open` while the team has a round open. 404 for a team the viewer may not view, 403 for one of its members.",
      params: teamParams,
      body: newPulseBody,
      response: { 201: pulseRoundSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await pulses.open(requireAuth(request), request.params.teamId, request.body)),
  });

  r.get("/teams/:teamId/pulses", {
    schema: {
      operationId: "listTeamPulses",
      tags: TAGS,
      summary:
        "The team's trust pulse rounds, newest first, each closed one with its whole-team figures or why withheld",
      description:
        "For the team's people and admins. An open round has no figures and no count of answers (when answers come in would tell who answered).",
      params: teamParams,
      response: { 200: pulseTrendSchema, ...errors(401, 404) },
    },
    handler: async (request) => ({ rounds: await pulses.trend(requireAuth(request), request.params.teamId) }),
  });

  r.get("/pulses/:pulseId", {
    schema: {
      operationId: "getPulse",
      tags: TAGS,
      summary: "A trust pulse round with its items and the 1–7 agreement scale",
      description: "For the team's people and admins; 404 for anyone else. `answered` is the viewer's own.",
      params: pulseParams,
      response: { 200: pulseDetailSchema, ...errors(401, 404) },
    },
    handler: async (request) => pulses.detail(requireAuth(request), request.params.pulseId),
  });

  r.post("/pulses/:pulseId/responses", {
    schema: {
      operationId: "answerPulse",
      tags: TAGS,
      summary: "Answer a trust pulse round, once, anonymously (a member of the team)",
      description:
        "Every item 1–7 (400 naming the item, `answers.p3`), an optional comment of at most 2000 characters. Stored with no link to the person and only the day. 409 `already_answered` the second time, `pulse_closed` once closed; 403 for the team's leaders and admins; 404 for anyone not on the team.",
      params: pulseParams,
      body: pulseResponseBody,
      response: { 201: pulseAnsweredSchema, ...errors(400, 401, 403, 404, 409) },
    },
    handler: async (request, reply) => {
      await pulses.answer(requireAuth(request), request.params.pulseId, request.body);
      return reply.code(201).send({ answered: true as const });
    },
  });

  r.post("/pulses/:pulseId/close", {
    schema: {
      operationId: "closePulse",
      tags: TAGS,
      summary: "Close a trust pulse round today (a leader of the team or an admin)",
      description:
        "409 `pulse_closed` when it is closed already; 403 for the team's members, 404 for anyone not on it.",
      params: pulseParams,
      response: { 200: pulseRoundSchema, ...errors(401, 403, 404, 409) },
    },
    handler: async (request) => pulses.close(requireAuth(request), request.params.pulseId),
  });

  r.get("/pulses/:pulseId/results", {
    schema: {
      operationId: "getPulseResults",
      tags: TAGS,
      summary: "A closed round's figures, for the team or one tenure group, each shown or withheld with why",
      description:
        "A figure shows only when the anonymity guard, over every slice of the team's closed rounds (each round and its tenure groups), lets it through: at least the score threshold answered, and no difference with the figures shown beside it rests on fewer. Comments for the whole team only, at or above the comment threshold, in random order, without dates. 409 `pulse_open` while open.",
      params: pulseParams,
      querystring: pulseResultsQuery,
      response: { 200: pulseResultsSchema, ...errors(400, 401, 404, 409) },
    },
    handler: async (request) => pulses.results(requireAuth(request), request.params.pulseId, request.query),
  });

  r.get("/settings/anonymity", {
    schema: {
      operationId: "getAnonymitySettings",
      tags: TAGS,
      summary: "The workspace's anonymity thresholds for the trust pulse (admins)",
      response: { 200: anonymitySettingsSchema, ...errors(401, 403) },
    },
    handler: async (request) => pulses.thresholds(requireAuth(request)),
  });

  r.patch("/settings/anonymity", {
    schema: {
      operationId: "setAnonymitySettings",
      tags: TAGS,
      summary: "Change the workspace's anonymity thresholds (admins; never below 3)",
      description:
        "Either or both: the fewest respondents behind a score, and behind comments (400 naming the field).",
      body: anonymitySettingsBody,
      response: { 200: anonymitySettingsSchema, ...errors(400, 401, 403) },
    },
    handler: async (request) => pulses.setThresholds(requireAuth(request), request.body),
  });
}
