import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { healthSchema } from "#contracts/health";

export async function healthRoutes(app: FastifyInstance) {
  app.withTypeProvider<ZodTypeProvider>().get("/health", {
    schema: {
      operationId: "getHealth",
      tags: ["health"],
      summary: "Liveness",
      response: { 200: healthSchema },
    },
    handler: async () => ({ status: "ok" as const }),
  });
}
