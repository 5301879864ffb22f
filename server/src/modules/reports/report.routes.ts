import type { FastifyInstance, FastifyReply } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { teamAuditParams } from "#contracts/audit";
import { practiceQuery } from "#contracts/practice";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { type Report, reportService } from "./report.service";

/** A PDF response as the document declares it: a file, not JSON. */
const pdf = (description: string) => ({
  description,
  content: { "application/pdf": { schema: z.string() } },
});

const send = (reply: FastifyReply, { filename, pdf: body }: Report) =>
  reply
    .type("application/pdf")
    .header("content-disposition", `attachment; filename="${filename}"`)
    .header("cache-control", "no-store")
    .send(body);

/** Reports as PDF files, drawn on the server with no browser. */
export async function reportRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const reports = reportService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/teams/:teamId/audit/report.pdf", {
    schema: {
      operationId: "getTeamAuditReport",
      tags: ["audit"],
      summary: "The assumption audit of a team I lead, as a PDF report",
      description:
        "What GET /teams/:teamId/audit shows the team's leaders, on paper: the figures, the knowledge states as bars with their table, the heatmap as a table of states, the next conversations, blind spots, stale aspects and the figures per dimension. The same policy: the team's leaders only, anyone else 404.",
      params: teamAuditParams,
      response: { 200: pdf("The report, as a PDF attachment"), ...errors(400, 401, 404) },
    },
    handler: async (request, reply) =>
      send(reply, await reports.teamAudit(requireAuth(request), request.params.teamId)),
  });

  r.get("/me/practice/report.pdf", {
    schema: {
      operationId: "getMyPracticeReport",
      tags: ["practice"],
      summary: "My practice figures as a leader, month by month, as a PDF report",
      description: "What GET /me/practice gives, on paper: only the viewer's own counts and shares.",
      querystring: practiceQuery,
      response: { 200: pdf("The report, as a PDF attachment"), ...errors(400, 401) },
    },
    handler: async (request, reply) =>
      send(reply, await reports.practice(requireAuth(request), Number(request.query.months))),
  });

  r.get("/me/manual.pdf", {
    schema: {
      operationId: "getMyManualPdf",
      tags: ["answers"],
      summary: 'My "working with me" manual as a PDF (only what I wrote, with who sees each answer)',
      response: { 200: pdf("The manual, as a PDF attachment"), ...errors(401) },
    },
    handler: async (request, reply) => send(reply, await reports.manual(requireAuth(request))),
  });
}
