/**
 * The one way the web app talks to the server: JSON over same-origin fetch with the session
 * cookie. Every failure becomes an ApiError carrying the server's code, message and field errors.
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

async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
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
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export const api = {
  get: <T>(path: string) => request<T>("GET", path),
  post: <T>(path: string, body: unknown = {}) => request<T>("POST", path, body),
  patch: <T>(path: string, body: unknown) => request<T>("PATCH", path, body),
  put: <T>(path: string, body: unknown) => request<T>("PUT", path, body),
  delete: <T>(path: string) => request<T>("DELETE", path),
};

/** A message for anything thrown, for places that show one line. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return "Something went wrong.";
}
