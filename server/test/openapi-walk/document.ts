import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import type { LightMyRequestResponse } from "fastify";
import type { JsonSchema } from "./schema-arbitraries";

export interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: JsonSchema;
}

interface MediaType {
  schema?: JsonSchema;
}

export interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  body: { required: boolean; schema: JsonSchema } | null;
  responses: Record<string, { content?: Record<string, MediaType> }>;
}

const METHODS = ["get", "post", "put", "patch", "delete"];
/** Reads first, then writes, deletes last: a delete early on would leave the rest only 404s. */
const rank = (method: string) => (method === "get" ? 0 : method === "delete" ? 2 : 1);

/** Every operation of the served document, in walking order. */
export function operationsOf(document: {
  paths: Record<string, Record<string, Record<string, unknown>>>;
}): Operation[] {
  const operations: Operation[] = [];
  for (const [path, byMethod] of Object.entries(document.paths)) {
    for (const [method, raw] of Object.entries(byMethod)) {
      if (!METHODS.includes(method))
        throw new Error(`The walk does not know the method of ${method} ${path}.`);
      const parameters = (raw.parameters ?? []) as Parameter[];
      const unknown = parameters.filter((p) => p.in !== "path" && p.in !== "query");
      if (unknown.length > 0)
        throw new Error(`${method} ${path}: teach the walk ${unknown.map((p) => `${p.in} ${p.name}`)}`);
      const requestBody = raw.requestBody as
        | { required?: boolean; content: Record<string, MediaType> }
        | undefined;
      const json = requestBody?.content["application/json"]?.schema;
      if (requestBody && !json) throw new Error(`${method} ${path}: the walk only sends JSON bodies.`);
      operations.push({
        method: method.toUpperCase(),
        path,
        parameters,
        body: json ? { required: requestBody?.required ?? false, schema: json } : null,
        responses: raw.responses as Operation["responses"],
      });
    }
  }
  return operations.sort((a, b) => rank(a.method.toLowerCase()) - rank(b.method.toLowerCase()));
}

/**
 * Checks a response against its operation's document: the status is listed, the content type
 * is one the status lists, and a JSON body validates against the listed schema (JSON Schema
 * 2020-12, as OpenAPI 3.1 means it). Returns what disagrees, or null.
 */
export function responseChecker() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  const compiled = new Map<string, ValidateFunction>();
  return (operation: Operation, response: LightMyRequestResponse): string | null => {
    const status = response.statusCode;
    if (status >= 500) return `answered ${status}`;
    const documented = operation.responses[String(status)] ?? operation.responses.default;
    if (!documented) return `answered ${status}, which is not documented`;
    const contentType =
      String(response.headers["content-type"] ?? "")
        .split(";")[0]
        ?.trim() ?? "";
    if (!documented.content)
      return response.body === "" ? null : `answered ${status} with an undocumented body`;
    const media = documented.content[contentType];
    if (!media)
      return `answered ${status} as ${contentType || "nothing"}, documented as ${Object.keys(documented.content)}`;
    if (contentType !== "application/json" || !media.schema) return null;
    const key = `${operation.method} ${operation.path} ${status}`;
    let validate = compiled.get(key);
    if (!validate) {
      validate = ajv.compile(media.schema);
      compiled.set(key, validate);
    }
    let body: unknown;
    try {
      body = JSON.parse(response.body);
    } catch {
      return `answered ${status} with a body that is not JSON`;
    }
    if (validate(body)) return null;
    return `answered ${status} with a body off its schema: ${ajv.errorsText(validate.errors)}`;
  };
}
