import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { AppError } from "../lib/errors";

/** One field a request got wrong, as every 400 names it: `{path, message}`. */
export interface FieldProblem {
  path: string;
  message: string;
}

export function errorBody(code: string, message: string, details: Record<string, unknown> = {}) {
  return { error: { code, message, details } };
}

/**
 * Every error leaves as `{"error": {"code", "message", "details"}}`. Validation errors name
 * each field; anything unexpected is logged and answered as a 500 without internals.
 */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .code(error.status)
        .headers(error.headers)
        .send(errorBody(error.code, error.message, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const location = error.validationContext ?? "body";
      const fields: FieldProblem[] = error.validation.map((issue) => {
        const path = issue.instancePath.replace(/^\//, "").replaceAll("/", ".");
        return { path: path || location, message: issue.message ?? "is invalid" };
      });
      const first = fields[0];
      const message = first ? `Invalid ${first.path}: ${first.message}` : "Invalid request.";
      return reply.code(400).send(errorBody("validation_error", message, { fields }));
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, "response did not match its schema");
      return reply.code(500).send(errorBody("internal_error", "Something went wrong on our side."));
    }
    if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") {
      return reply.code(415).send(errorBody("unsupported_media_type", "Send the body as application/json."));
    }
    const status = error.statusCode ?? 500;
    if (status === 400 && (error instanceof SyntaxError || error.code?.startsWith("FST_ERR_CTP"))) {
      return reply.code(400).send(errorBody("invalid_json", "The request body is not valid JSON."));
    }
    if (status >= 400 && status < 500) {
      return reply.code(status).send(errorBody(error.code ?? "bad_request", error.message));
    }
    request.log.error({ err: error }, "unhandled error");
    return reply.code(500).send(errorBody("internal_error", "Something went wrong on our side."));
  });
}

/**
 * Fastify's errors from before routing (a path that is not valid percent-encoded UTF-8, such as
 * an encoded lone surrogate, or a path parameter over `maxParamLength`) skip the error handler;
 * passed as the `frameworkErrors` option, this answers them in the same envelope.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error.code === "FST_ERR_MAX_PARAM_LENGTH") {
    return reply.code(414).send(errorBody("uri_too_long", "A path parameter is too long."));
  }
  if (error.code === "FST_ERR_BAD_URL") {
    return reply.code(400).send(errorBody("invalid_url", "The path is not valid percent-encoded UTF-8."));
  }
  request.log.error({ err: error }, "unhandled framework error");
  return reply.code(500).send(errorBody("internal_error", "Something went wrong on our side."));
}
