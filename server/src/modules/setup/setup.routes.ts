import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { setupBody, setupResultSchema, setupStatusSchema } from "#contracts/setup";
import type { AppContext } from "../../context";
import { errors, newPasswordSchema } from "../../http/schemas";
import { setSessionCookie } from "../../plugins/session";
import { originOf } from "../security-log";
import { presentUserSummary } from "../users";
import { setupService } from "./setup.service";

export async function setupRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const setup = setupService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/setup", {
    schema: {
      operationId: "getSetupStatus",
      tags: ["setup"],
      summary: "Whether first-run setup is still needed",
      response: { 200: setupStatusSchema },
    },
    handler: async () => ({ needed: await setup.isNeeded() }),
  });

  r.post("/setup", {
    config: { sessionOnly: true },
    schema: {
      operationId: "setUpWorkspace",
      tags: ["setup"],
      summary: "Create the workspace and its first admin (first run only)",
      body: setupBody.extend({ password: newPasswordSchema }),
      response: {
        201: setupResultSchema,
        ...errors(400, 409),
      },
    },
    handler: async (request, reply) => {
      const { workspace, user, token } = await setup.run(request.body, originOf(request));
      setSessionCookie(reply, ctx, token);
      return reply
        .code(201)
        .send({ workspace: { id: workspace.id, name: workspace.name }, user: presentUserSummary(user) });
    },
  });
}
