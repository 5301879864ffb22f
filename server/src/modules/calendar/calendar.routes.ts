import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { calendarFeedParams, calendarFeedSchema, madeCalendarFeedSchema } from "#contracts/calendar";
import { okSchema } from "#contracts/common";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { notFound } from "../../lib/errors";
import { requireAuth } from "../../plugins/session";
import { calendarService } from "./calendar.service";

/**
 * A person's calendar feed. Only a browser session makes, shows or deletes one, as with API
 * tokens: its URL is a secret. The feed itself is public to whoever holds the URL, as a calendar
 * app fetching it holds no session.
 */
export async function calendarRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const calendar = calendarService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const sessionOnly = { sessionOnly: true };

  r.get("/me/calendar-feed", {
    config: sessionOnly,
    schema: {
      operationId: "getMyCalendarFeed",
      tags: ["calendar"],
      summary: "Whether I have a calendar feed, and since when (never its URL)",
      response: { 200: calendarFeedSchema, ...errors(401, 403) },
    },
    handler: async (request) => ({ feed: await calendar.current(requireAuth(request)) }),
  });

  r.post("/me/calendar-feed", {
    config: sessionOnly,
    schema: {
      operationId: "makeMyCalendarFeed",
      tags: ["calendar"],
      summary:
        "Make my calendar feed, or a new URL for it (the old one stops working); the URL is in this response only",
      response: { 201: madeCalendarFeedSchema, ...errors(401, 403) },
    },
    handler: async (request, reply) => {
      reply.code(201);
      return calendar.make(requireAuth(request));
    },
  });

  r.delete("/me/calendar-feed", {
    config: sessionOnly,
    schema: {
      operationId: "deleteMyCalendarFeed",
      tags: ["calendar"],
      summary: "Delete my calendar feed: its URL stops working (harmless without one)",
      response: { 200: okSchema, ...errors(401, 403) },
    },
    handler: async (request) => {
      await calendar.remove(requireAuth(request));
      return { ok: true as const };
    },
  });

  r.get("/calendar/:secret.ics", {
    schema: {
      operationId: "getCalendarFeed",
      tags: ["calendar"],
      summary: "A person's conversations as an iCalendar feed, for a calendar app; the URL is the credential",
      security: [],
      params: calendarFeedParams,
      response: {
        200: {
          description: "The feed (RFC 5545), in the person's time zone",
          content: { "text/calendar": { schema: z.string() } },
        },
        ...errors(404),
      },
    },
    handler: async (request, reply) => {
      const feed = await calendar.feed(request.params.secret);
      if (feed === null) throw notFound("This calendar feed");
      return reply
        .type("text/calendar; charset=utf-8")
        .header("content-disposition", 'inline; filename="rapport.ics"')
        .send(feed);
    },
  });
}
