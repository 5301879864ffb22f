import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { okSchema } from "#contracts/common";
import { homeSchema } from "#contracts/home";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { homeService } from "./home.service";

export async function homeRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const home = homeService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/me/home", {
    schema: {
      operationId: "getMyHome",
      tags: ["home"],
      summary: "What my home shows: what to do now as a leader and as a member, and my first-week checklist",
      description:
        "Only the viewer's own: as a leader, answers waiting for my guess, my blind spots and stale knowledge, people who have shared nothing with me yet and my teams' open invitations; as a member, how much of my manual is written and my leaders' manuals as shared with me; the first-week checklist until I dismiss it. Names and facet titles only, never an answer's or a belief's words, except the leaders' manuals shared with me.",
      response: { 200: homeSchema, ...errors(401) },
    },
    handler: async (request) => home.home(requireAuth(request)),
  });

  r.post("/me/home/checklist/dismiss", {
    schema: {
      operationId: "dismissChecklist",
      tags: ["home"],
      summary: "Hide the first-week checklist from my home (dismissing again changes nothing)",
      response: { 200: okSchema, ...errors(401) },
    },
    handler: async (request) => {
      await home.dismissChecklist(requireAuth(request));
      return { ok: true as const };
    },
  });
}
