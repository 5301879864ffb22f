/**
 * An error a client can act on. The error handler turns it into
 * `{"error": {"code", "message", "details"}}` with its status.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "AppError";
  }
}

/** A 400 naming the field; `fieldMessage` is the short form shown beside it (the message by default). */
export const badRequest = (field: string, message: string, fieldMessage = message) =>
  new AppError(400, "validation_error", message, { fields: [{ path: field, message: fieldMessage }] });
export const unauthorized = (message = "Sign in to continue.") => new AppError(401, "unauthorized", message);
export const forbidden = (message = "You do not have access to this.") =>
  new AppError(403, "forbidden", message);
export const notFound = (what: string) => new AppError(404, "not_found", `${what} was not found.`);
export const conflict = (code: string, message: string) => new AppError(409, code, message);
export const gone = (code: string, message: string) => new AppError(410, code, message);
