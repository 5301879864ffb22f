import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { practiceQuery, practiceSchema } from "#contracts/practice";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { practiceService } from "./practice.service";

/** The viewer's own practice figures: counts and shares, never a member's name or words. */
export async function practiceRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const practice = practiceService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/me/practice", {
    schema: {
      operationId: "getMyPractice",
      tags: ["practice"],
      summary: "My practice figures as a leader, month by month (the last 6 or 12 months)",
      description:
        "Only the viewer's own, as counts and shares: conversations held per person I lead, the share of the questions I asked that the linter finds open, vulnerability loops started and closed, my listening self-check's average, my average talk share, and my commitments kept on time, with my reliability overall. Months are read in my time zone. No member's name, notes or words.",
      querystring: practiceQuery,
      response: { 200: practiceSchema, ...errors(400, 401) },
    },
    handler: async (request) => practice.mine(requireAuth(request), Number(request.query.months)),
  });
}
