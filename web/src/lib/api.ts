import type { z } from "zod";

/**
 * The one way the web app talks to the server: JSON over same-origin fetch with the session
 * cookie. Every failure becomes an ApiError carrying the server's code, message and field errors.
 * Each call names the response schema of its route's contract (contracts/), which types the result
 * and, in development and tests, checks it.
 */

export interface FieldProblem {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** The session is missing or has ended (as opposed to a wrong password, which is also a 401). */
  get isSignedOut(): boolean {
    return this.status === 401 && this.code === "unauthorized";
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

export const API_PREFIX = "/api/v1";

type Method = "GET" | "POST" | "PATCH" | "PUT" | "DELETE";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function readFields(details: unknown): FieldProblem[] {
  if (!isRecord(details) || !Array.isArray(details.fields)) return [];
  return details.fields.flatMap((field: unknown) =>
    isRecord(field) && typeof field.path === "string" && typeof field.message === "string"
      ? [{ path: field.path, message: field.message }]
      : [],
  );
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryHeader = response.headers.get("retry-after");
  const retryAfter = retryHeader !== null && /^\d+$/.test(retryHeader) ? Number(retryHeader) : null;
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  const error = isRecord(body) && isRecord(body.error) ? body.error : null;
  const code = error && typeof error.code === "string" ? error.code : `http_${response.status}`;
  const message =
    error && typeof error.message === "string"
      ? error.message
      : `The server answered ${response.status} ${response.statusText}.`.trim();
  return new ApiError(response.status, code, message, readFields(error?.details), retryAfter);
}

/**
 * The server answered a body its route's contract does not allow: a bug on one side or the other,
 * named by the request and the fields, never shown to people as if it were their mistake.
 */
export class ContractError extends Error {
  constructor(
    readonly route: string,
    readonly problems: readonly string[],
  ) {
    super(`${route} answered outside its contract: ${problems.join("; ")}`);
    this.name = "ContractError";
  }
}

const fieldPath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (text, key) =>
      typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key),
    "",
  ) || "(the body)";

/**
 * Development and tests check every response against its schema; a production build trusts the
 * server, whose responses already pass through the same schemas, and saves the time.
 */
export const CHECKS_RESPONSES = import.meta.env.DEV || import.meta.env.MODE === "test";

/**
 * The body as its contract types it; checked first, except in a production build. The schema is
 * missing only in a production build's entry calls (`api.getFromEntry`); where checks are on, a
 * missing one is a bug and says so.
 */
export function decodeResponse<Schema extends z.ZodType>(
  schema: Schema | undefined,
  body: unknown,
  route: string,
  check = CHECKS_RESPONSES,
): z.output<Schema> {
  if (!check) return body as z.output<Schema>;
  if (!schema) throw new ContractError(route, ["no response schema was given to check it with"]);
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const problems = result.error.issues
    .slice(0, 5)
    .map((issue) => `${fieldPath(issue.path)}: ${issue.message}`);
  if (result.error.issues.length > 5) problems.push(`and ${result.error.issues.length - 5} more`);
  throw new ContractError(route, problems);
}

async function request<Schema extends z.ZodType>(
  method: Method,
  path: string,
  schema: Schema | undefined,
  body?: unknown,
): Promise<z.output<Schema>> {
  const init: RequestInit = {
    method,
    credentials: "same-origin",
    headers: { accept: "application/json" },
  };
  if (body !== undefined) {
    init.headers = { accept: "application/json", "content-type": "application/json" };
    init.body = JSON.stringify(body);
  }
  let response: Response;
  try {
    response = await fetch(`${API_PREFIX}${path}`, init);
  } catch {
    throw new ApiError(0, "network_error", "Rapport cannot reach the server. Check your connection.");
  }
  if (!response.ok) throw await toApiError(response);
  const json: unknown = response.status === 204 ? undefined : await response.json();
  return decodeResponse(schema, json, `${method} ${API_PREFIX}${path}`);
}

/** Each call takes the path and its route's response schema (and a body for writes). */
export const api = {
  get: <Schema extends z.ZodType>(path: string, schema: Schema) => request("GET", path, schema),
  post: <Schema extends z.ZodType>(path: string, schema: Schema, body: unknown = {}) =>
    request("POST", path, schema, body),
  patch: <Schema extends z.ZodType>(path: string, schema: Schema, body: unknown) =>
    request("PATCH", path, schema, body),
  put: <Schema extends z.ZodType>(path: string, schema: Schema, body: unknown) =>
    request("PUT", path, schema, body),
  delete: <Schema extends z.ZodType>(path: string, schema: Schema, body?: unknown) =>
    request("DELETE", path, schema, body),
  /**
   * For the calls the entry script makes before any screen's code (setup status, who is signed
   * in), which must not bring zod and the contracts into it: the caller names the schema's type and
   * passes the schema as `import.meta.env.PROD ? undefined : schema`, which a production build
   * folds away, dropping the contract module (vite.config.ts marks contracts/ free of side effects).
   */
  getFromEntry: <Schema extends z.ZodType>(path: string, schema: Schema | undefined) =>
    request<Schema>("GET", path, schema),
};

/** A message for anything thrown, for places that show one line. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return "Something went wrong.";
}
