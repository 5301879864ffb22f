import { z } from "zod";
import type { HistoryPosition } from "./answer.repository";

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The cursor a client passes back for the next page: opaque to it, the last version it got to us. */
export function encodeHistoryCursor(position: HistoryPosition): string {
  return Buffer.from(JSON.stringify([position.recordedAt, position.id])).toString("base64url");
}

function decode(cursor: string): HistoryPosition | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [recordedAt, id] = parsed;
    if (typeof recordedAt !== "string" || !ISO.test(recordedAt)) return null;
    if (typeof id !== "string" || !UUID.test(id)) return null;
    return { recordedAt, id };
  } catch {
    return null;
  }
}

/** A `cursor` query parameter: one this server handed out, else a 400 naming the field. */
export const historyCursorSchema = z
  .string()
  .max(200)
  .transform((cursor, issue) => {
    const position = decode(cursor);
    if (!position) {
      issue.addIssue({ code: "custom", message: "is not a cursor this server gave out" });
      return z.NEVER;
    }
    return position;
  });
