import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { workspaceFiguresSchema } from "#contracts/workspace-figures";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { workspaceFiguresService } from "./workspace-figures.service";

/**
 * The workspace's figures for its admins. For a browser session only: a script has the audits of
 * the leader it runs as, and no token scope reads the whole workspace's knowledge, even summed.
 */
export async function workspaceFiguresRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const figures = workspaceFiguresService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/workspace/figures", {
    config: { sessionOnly: true },
    schema: {
      operationId: "getWorkspaceFigures",
      tags: ["admin"],
      summary: "The workspace's assumption-audit figures, as aggregates only (admins)",
      description:
        "Coverage, the share of cells holding a belief and the confirmed share over every leader's knowledge of the people they lead now, and how coverage, accuracy and calibration spread across leaders (five buckets of 0.2 each, and the mean). Never a person's or a team's name or id. A figure or bucket that rests on fewer leaders (or people led) than the workspace's score threshold is null with `withheld` saying why. Accuracy and calibration count only the comparisons leaders marked; each figure's `definition` says exactly what it counts.",
      response: { 200: workspaceFiguresSchema, ...errors(401, 403) },
    },
    handler: async (request) => figures.figures(requireAuth(request)),
  });
}
