import fc from "fast-check";

/** The part of JSON Schema (2020-12, as the OpenAPI 3.1 document writes it) the route schemas use. */
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

/**
 * Values worth trying for a field, by its name: real ids of the world (so requests reach the
 * handlers instead of stopping at a 404), emails, the password. Looked up for properties and
 * parameters alike; an array's items use the singular (`itemIds` → `itemId`).
 */
export type Hints = (name: string) => fc.Arbitrary<unknown>[];

/** Strings a database or a careless handler trips over: NUL, lone surrogates, a very long one. */
export const HOSTILE_STRINGS = ["a\u0000b", "\u0000", "\uD800", "x\uDFFF", "x".repeat(100_000)];
const ODD_STRINGS = ["", " ", "0", "-1", "null", "true", "😀", "é".normalize("NFD"), "../..", "%", "'\"--"];
const WRONG_TYPES: unknown[] = [null, true, 0, -1, 1.5, 2 ** 53, -1e308, [], {}, [null], { a: 1 }];
/** One of every kind of wrong value, for any place in a request. */
export const HOSTILE_VALUES: unknown[] = [...HOSTILE_STRINGS, ...ODD_STRINGS, ...WRONG_TYPES];

/** Generated strings stay short: the long ones come from HOSTILE_STRINGS. */
const GENERATED_MAX_LENGTH = 60;
const GENERATED_MAX_ITEMS = 4;

const types = (schema: JsonSchema): string[] => {
  if (Array.isArray(schema.type)) return schema.type;
  if (schema.type) return [schema.type];
  if (schema.properties) return ["object"];
  return [];
};

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === "uuid") return fc.uuid();
  if (schema.format === "email") return fc.emailAddress();
  if (schema.format === "date-time") return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.pattern) {
    try {
      return fc.stringMatching(new RegExp(schema.pattern));
    } catch {
      // A pattern fast-check cannot generate from: fall back on plain strings.
    }
  }
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.max(
    minLength,
    Math.min(schema.maxLength ?? GENERATED_MAX_LENGTH, GENERATED_MAX_LENGTH),
  );
  return fc.oneof(fc.string({ minLength, maxLength }), fc.string({ unit: "grapheme", minLength, maxLength }));
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = Math.max(schema.minimum ?? schema.exclusiveMinimum ?? -1e6, -1e6);
  const max = Math.min(schema.maximum ?? schema.exclusiveMaximum ?? 1e6, 1e6);
  if (integer) return fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

/** Values the schema accepts (as far as JSON Schema can say: refinements in code may still refuse). */
export function valid(schema: JsonSchema, hints: Hints, name = ""): fc.Arbitrary<unknown> {
  const hinted = name ? hints(name) : [];
  const own = ownValid(schema, hints, name);
  return hinted.length > 0 ? fc.oneof({ arbitrary: fc.oneof(...hinted), weight: 3 }, own) : own;
}

function ownValid(schema: JsonSchema, hints: Hints, name: string): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return fc.oneof(...branches.map((branch) => valid(branch, hints, name)));
  if (schema.allOf?.length === 1 && schema.allOf[0]) return valid(schema.allOf[0], hints, name);
  const kinds = types(schema);
  if (kinds.length === 0) return fc.jsonValue({ maxDepth: 2 });
  return fc.oneof(
    ...kinds.map((kind): fc.Arbitrary<unknown> => {
      switch (kind) {
        case "string":
          return stringArbitrary(schema);
        case "integer":
          return numberArbitrary(schema, true);
        case "number":
          return numberArbitrary(schema, false);
        case "boolean":
          return fc.boolean();
        case "null":
          return fc.constant(null);
        case "array": {
          const minLength = schema.minItems ?? 0;
          const maxLength = Math.max(
            minLength,
            Math.min(schema.maxItems ?? GENERATED_MAX_ITEMS, GENERATED_MAX_ITEMS),
          );
          return fc.array(valid(schema.items ?? {}, hints, name.replace(/s$/, "")), { minLength, maxLength });
        }
        case "object":
          return objectArbitrary(schema, hints);
        default:
          throw new Error(`The walk cannot generate JSON Schema type ${kind}: teach schema-arbitraries.ts.`);
      }
    }),
  );
}

function objectArbitrary(schema: JsonSchema, hints: Hints): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const shape = Object.fromEntries(
    Object.entries(properties).map(([key, property]) => [key, valid(property, hints, key)]),
  );
  return fc.record(shape, { requiredKeys: (schema.required ?? []).filter((key) => key in properties) });
}

/** Every place in a value: the root, each property and each item, as key paths. */
function placesIn(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const places = [path];
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) places.push(...placesIn(item, [...path, i]));
  } else if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) places.push(...placesIn(child, [...path, key]));
  }
  return places;
}

type Mutation = "replace" | "remove" | "extra";

/** `value` with one place replaced by `hostile`, removed (a required field goes missing), or given an extra field. */
export function mutate(value: unknown, pick: number, how: Mutation, hostile: unknown): unknown {
  const copy: unknown = structuredClone(value);
  const places = placesIn(copy);
  const path = places[pick % places.length] ?? [];
  if (path.length === 0) {
    if (how === "extra" && copy !== null && typeof copy === "object" && !Array.isArray(copy))
      return { ...copy, "extra-field": hostile };
    return hostile;
  }
  const parent = path.slice(0, -1).reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], copy);
  const last = path[path.length - 1] as string | number;
  const container = parent as Record<string | number, unknown>;
  if (how === "remove" && !Array.isArray(parent)) delete container[last];
  else if (how === "extra" && container[last] !== null && typeof container[last] === "object")
    (container[last] as Record<string, unknown>)["extra-field"] = hostile;
  else container[last] = hostile;
  return copy;
}

/** Values the schema most likely refuses: a valid value with one place broken. */
export function invalid(schema: JsonSchema, hints: Hints): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      valid(schema, hints),
      fc.nat(),
      fc.constantFrom<Mutation>("replace", "remove", "extra"),
      fc.constantFrom(...HOSTILE_VALUES),
    )
    .map(([value, pick, how, hostile]) => mutate(value, pick, how, hostile));
}

/** The dotted paths of every string-typed field of an object schema (through unions and arrays). */
export function stringFields(schema: JsonSchema, path: string[] = []): string[][] {
  const branches = schema.anyOf ?? schema.oneOf ?? [];
  const own = types(schema);
  const found: string[][] = own.includes("string") && path.length > 0 ? [path] : [];
  for (const branch of branches) found.push(...stringFields(branch, path));
  if (own.includes("array") && schema.items) found.push(...stringFields(schema.items, [...path, "0"]));
  for (const [key, property] of Object.entries(schema.properties ?? {}))
    found.push(...stringFields(property, [...path, key]));
  return found.filter((p, i) => found.findIndex((q) => q.join(".") === p.join(".")) === i);
}

/** `value` (an object, made one if it is not) with the field at `path` set, creating what is missing. */
export function withField(value: unknown, path: string[], field: unknown): unknown {
  const root: Record<string, unknown> =
    value !== null && typeof value === "object" && !Array.isArray(value)
      ? structuredClone(value as Record<string, unknown>)
      : {};
  let at: Record<string, unknown> = root;
  path.slice(0, -1).forEach((key, i) => {
    const next = at[key];
    const nextIsIndex = /^\d+$/.test(path[i + 1] ?? "");
    if (next === null || typeof next !== "object") at[key] = nextIsIndex ? [] : {};
    at = at[key] as Record<string, unknown>;
  });
  at[path[path.length - 1] as string] = field;
  return root;
}
