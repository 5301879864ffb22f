import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  facetChangesBody,
  facetListQuery,
  facetListSchema,
  facetParams,
  facetSchema,
  newFacetBody,
} from "#contracts/facets";
import type { AppContext } from "../../context";
import { errors } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { presentFacet } from "./facet.presenter";
import { facetService } from "./facet.service";

export async function facetRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const facets = facetService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/facets", {
    schema: {
      operationId: "listFacets",
      tags: ["facets"],
      summary: "The workspace's facet catalogue (retired ones too, for admins, with includeRetired=true)",
      querystring: facetListQuery,
      response: { 200: facetListSchema, ...errors(400, 401) },
    },
    handler: async (request) => ({
      facets: (await facets.list(requireAuth(request), request.query.includeRetired === "true")).map(
        presentFacet,
      ),
    }),
  });

  r.post("/facets", {
    schema: {
      operationId: "createFacet",
      tags: ["facets"],
      summary: "Add a facet (admins)",
      body: newFacetBody,
      response: { 201: facetSchema, ...errors(400, 401, 403, 409) },
    },
    handler: async (request, reply) =>
      reply.code(201).send(presentFacet(await facets.create(requireAuth(request), request.body))),
  });

  r.patch("/facets/:facetId", {
    schema: {
      operationId: "updateFacet",
      tags: ["facets"],
      summary: "Rename, reorder, reweigh, retire or restore a facet (admins); history is kept",
      params: facetParams,
      body: facetChangesBody,
      response: { 200: facetSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request) =>
      presentFacet(await facets.update(requireAuth(request), request.params.facetId, request.body)),
  });
}
