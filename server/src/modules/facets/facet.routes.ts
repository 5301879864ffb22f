import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { ANSWER_KINDS, DIMENSIONS } from "#core/facets/facet";
import type { AppContext } from "../../context";
import { errors, facetIdParam } from "../../http/schemas";
import { requireAuth } from "../../plugins/session";
import { facetSchema, presentFacet } from "./facet.presenter";
import { facetService } from "./facet.service";

const optionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/, "must be lowercase letters, digits and dashes"),
  label: z.string().trim().min(1).max(120),
});

const newFacetSchema = z
  .object({
    key: z.string().regex(/^[a-z0-9-]{2,40}$/, "must be 2–40 lowercase letters, digits and dashes"),
    dimension: z.enum(DIMENSIONS),
    title: z.string().trim().min(1, "is required").max(80),
    description: z.string().trim().min(1, "is required").max(200),
    kind: z.enum(ANSWER_KINDS),
    options: z.array(optionSchema).min(2).max(12).optional(),
    scale: z
      .object({ low: z.string().trim().min(1).max(80), high: z.string().trim().min(1).max(80) })
      .optional(),
    weight: z.number().int().min(1).max(3).default(1),
  })
  .superRefine((facet, issue) => {
    const choice = facet.kind === "single_choice" || facet.kind === "multiple_choice";
    if (choice && !facet.options)
      issue.addIssue({ code: "custom", path: ["options"], message: "are required for a choice facet" });
    if (!choice && facet.options)
      issue.addIssue({ code: "custom", path: ["options"], message: "only go with a choice facet" });
    if (facet.kind === "scale" && !facet.scale)
      issue.addIssue({ code: "custom", path: ["scale"], message: "is required for a scale facet" });
    if (facet.options && new Set(facet.options.map((o) => o.id)).size !== facet.options.length) {
      issue.addIssue({ code: "custom", path: ["options"], message: "ids must be unique" });
    }
  });

const facetParams = z.object({ facetId: facetIdParam });

export async function facetRoutes(app: FastifyInstance, { ctx }: { ctx: AppContext }) {
  const facets = facetService(ctx);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get("/facets", {
    schema: {
      operationId: "listFacets",
      tags: ["facets"],
      summary: "The workspace's facet catalogue (retired ones too, for admins, with includeRetired=true)",
      querystring: z.object({ includeRetired: z.enum(["true", "false"]).default("false") }),
      response: { 200: z.object({ facets: z.array(facetSchema) }), ...errors(400, 401) },
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
      body: newFacetSchema,
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
      body: z.object({
        title: z.string().trim().min(1).max(80).optional(),
        description: z.string().trim().min(1).max(200).optional(),
        position: z.number().int().min(1).max(10_000).optional(),
        weight: z.number().int().min(1).max(3).optional(),
        retired: z.boolean().optional(),
      }),
      response: { 200: facetSchema, ...errors(400, 401, 403, 404) },
    },
    handler: async (request) =>
      presentFacet(await facets.update(requireAuth(request), request.params.facetId, request.body)),
  });
}
