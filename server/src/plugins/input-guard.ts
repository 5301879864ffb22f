import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { AppError } from "../lib/errors";
import type { FieldProblem } from "./errors";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, "g");
/** Enough to name every bad field of any real request, without echoing a hostile one back whole. */
const MAX_PROBLEMS = 10;

/**
 * Why a string cannot be stored as text on every database, or null. PostgreSQL refuses U+0000
 * in text (a 500 deep in a query), and a lone surrogate has no UTF-8 form at all; SQLite would
 * store both, so the rule is applied to every request whatever the database.
 */
export function textProblem(text: string): string | null {
  if (text.includes("\u0000")) return "must not contain the NUL character (U+0000)";
  if (LONE_SURROGATE.test(text)) return "must be valid Unicode (it contains a lone surrogate)";
  return null;
}

/** A path segment safe to echo in a message: the offending characters replaced. */
const printable = (segment: string) =>
  textProblem(segment) ? segment.replaceAll("\u0000", "\uFFFD").replace(LONE_SURROGATES, "\uFFFD") : segment;

/**
 * Every string (values and object keys) in `value` that `textProblem` refuses, with its dotted
 * path (`items.0.text`); `root` names the whole value when it is itself the string. Iterative,
 * so a deeply nested body cannot overflow the stack.
 */
export function unstorableStrings(value: unknown, root: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  // Paths are linked back to their parent, not copied, so a deep value costs linear time.
  type Path = { parent: Path; segment: string } | null;
  // A key that cannot be stored is reported in its place, so the fields come out in document order.
  type Pending = { value: unknown; path: Path; badKey?: string };
  const name = (path: Path) => {
    const segments: string[] = [];
    for (let at = path; at; at = at.parent) segments.push(printable(at.segment));
    return segments.length === 0 ? root : segments.reverse().join(".");
  };
  const pending: Pending[] = [{ value, path: null }];
  for (let next = pending.pop(); next && problems.length < MAX_PROBLEMS; next = pending.pop()) {
    const { value: current, path, badKey } = next;
    if (badKey) {
      problems.push({ path: name(path), message: `its name ${badKey}` });
    } else if (typeof current === "string") {
      const problem = textProblem(current);
      if (problem) problems.push({ path: name(path), message: problem });
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) {
        pending.push({ value: current[i], path: { parent: path, segment: String(i) } });
      }
    } else if (current !== null && typeof current === "object") {
      const keys = Object.keys(current);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        const child = (current as Record<string, unknown>)[key];
        const keyProblem = textProblem(key);
        pending.push({
          value: child,
          path: { parent: path, segment: key },
          ...(keyProblem ? { badKey: keyProblem } : {}),
        });
      }
    }
  }
  return problems;
}

/**
 * Refuses, before validation and so before any query, a request whose path parameters, or the
 * query or body its route declares, hold a string no database can keep: 400 `validation_error`
 * naming each field, as the schema validation does. Fastify has already percent-decoded the
 * parameters (`%00` is a NUL). A query or body the route does not declare is never read, so it
 * is left alone: refusing it would give routes a 400 their documents could not foresee.
 */
export const inputGuardPlugin = fp(async (app: FastifyInstance) => {
  // Synchronous, and done at once where there is nothing to check (no path parameter, no declared
  // query or body: the health check), since it runs on every request.
  app.addHook("preValidation", (request, _reply, done) => {
    const schema = request.routeOptions.schema;
    if (isEmptyObject(request.params) && !schema?.querystring && !schema?.body) return done();
    const problems = [
      ...unstorableStrings(request.params, "params"),
      ...(schema?.querystring ? unstorableStrings(request.query, "querystring") : []),
      ...(schema?.body ? unstorableStrings(request.body, "body") : []),
    ].slice(0, MAX_PROBLEMS);
    const first = problems[0];
    if (!first) return done();
    done(
      new AppError(400, "validation_error", `Invalid ${first.path}: ${first.message}`, {
        fields: problems,
      }),
    );
  });
});

const isEmptyObject = (value: unknown): boolean =>
  typeof value === "object" && value !== null && Object.keys(value).length === 0;
