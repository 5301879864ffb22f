import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { exportDatasetParams, exportSchema } from "#contracts/exports";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { originOf } from "../security-log";
import { exportService } from "./export.service";

/**
 * The signed-in person's own data to take away: the whole as JSON, its tables as CSV. Session
 * only: a token with `read` already reads each part through its own route, while the export
 * gathers everything (private notes, every answer's history) in one request, a person's act that a
 * leaked token should not be able to do.
 */
export async function exportRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const exporter = exportService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/me/export.json", {
    config: { sessionOnly: true },
    schema: {
      operationId: "exportMyData",
      tags: ["exports"],
      summary:
        "Everything I may see of my own, as one JSON document to download (signed in, not with a token)",
      description:
        "My account and settings; my answers with their visibility and every earlier version; my followership takes, goal stances and work item ratings; my question lists; my commitments (both sides); my conversations, as the leader with everything (private notes, loop, self-check) for the people I lead now, as the person without the private parts; and as a leader my beliefs and comparisons, followership estimates, perceived stances, the goals and work items I wrote. Never another person's answer, a trust pulse response, a password hash, a session or a token's secret: `omitted` says what is left out and why.",
      response: { 200: exportSchema, ...errors(401) },
    },
    handler: async (request, reply) => {
      const doc = await exporter.document(requireAuth(request), originOf(request));
      return reply
        .header(
          "content-disposition",
          `attachment; filename="rapport-export-${doc.generatedAt.slice(0, 10)}.json"`,
        )
        .send(doc);
    },
  });

  r.get("/me/export/:dataset.csv", {
    config: { sessionOnly: true },
    schema: {
      operationId: "exportMyDataset",
      tags: ["exports"],
      summary:
        "One table of my export as CSV: answers, beliefs, commitments or conversations (signed in, not with a token)",
      description:
        "The same rows as the JSON export's section. A cell that starts with =, +, - or @ is prefixed with an apostrophe, so a spreadsheet shows it as text instead of running it.",
      params: exportDatasetParams,
      response: {
        200: { description: "The table, as an attachment", content: { "text/csv": { schema: z.string() } } },
        ...errors(400, 401),
      },
    },
    handler: async (request, reply) => {
      const { dataset } = request.params;
      const body = await exporter.csv(requireAuth(request), dataset, originOf(request));
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="rapport-${dataset}.csv"`)
        .send(body);
    },
  });
}
