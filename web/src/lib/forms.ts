import { zodResolver } from "@hookform/resolvers/zod";
import { type BaseSyntheticEvent, useCallback, useRef, useState } from "react";
import {
  type DefaultValues,
  type FieldError,
  type FieldErrors,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormReturn,
  useForm,
} from "react-hook-form";
import type { z } from "zod";
import { type ApiError, errorMessage, isApiError } from "./api";

/**
 * Forms are react-hook-form over the same zod schemas the API validates with: a field is checked
 * in the browser by the rule the server will apply, and what the server still refuses (a common
 * password, a wrong current password) comes back as a field error and is shown on that field.
 */

/**
 * Turns the server's field message into a sentence next to the field: the server says
 * "Invalid email: must be an email address" or "is required"; the person reads "Email is required".
 */
export function fieldSentence(label: string, message: string): string {
  const bare = message.replace(/^Invalid [\w.]+: /, "");
  const first = bare.charAt(0);
  if (first !== "" && first === first.toLowerCase() && first !== first.toUpperCase()) {
    return `${label} ${bare}${/[.!?]$/.test(bare) ? "" : "."}`;
  }
  return bare;
}

/** A form's values: an object, as every request body is. */
export type FormSchema = z.ZodType<FieldValues, FieldValues>;
/** One sentence per field, keyed by the field's name. */
export type PerField<Values> = { readonly [Name in keyof Values & string]: string };

export interface SchemaFormOptions<Schema extends FormSchema> {
  schema: Schema;
  /** Each field's label as the screen shows it; a message about the field starts with it. */
  labels: PerField<z.input<Schema>>;
  /** What the fields start with; a labelled field not named here starts empty (""). */
  defaultValues?: DefaultValues<z.input<Schema>>;
  /** What to say when a field is left empty, where "<Label> is required." would not read well. */
  whenEmpty?: Partial<PerField<z.input<Schema>>>;
  /** Server paths that are another field here (the API's `facet` and `topic` are one "About" select). */
  serverPaths?: Readonly<Record<string, keyof z.input<Schema> & string>>;
}

const isEmpty = (value: unknown): boolean =>
  value === undefined ||
  value === null ||
  (typeof value === "string" && value.trim() === "") ||
  (Array.isArray(value) && value.length === 0);

/** The first message anywhere in an error, which may be nested (an array item, an object's property). */
function firstMessage(error: unknown): string | null {
  if (typeof error !== "object" || error === null) return null;
  if ("message" in error && typeof error.message === "string" && error.message !== "") return error.message;
  for (const [key, nested] of Object.entries(error)) {
    if (key === "ref") continue;
    const message = firstMessage(nested);
    if (message !== null) return message;
  }
  return null;
}

/**
 * The schema's verdict in the screen's words, one message per field: an empty field is "required"
 * (or says what to do, from `whenEmpty`), any other problem is the schema's message after the label.
 */
export function describeErrors(
  errors: Record<string, unknown>,
  values: Record<string, unknown>,
  labels: Readonly<Record<string, string>>,
  whenEmpty: Readonly<Partial<Record<string, string>>> = {},
): Record<string, FieldError> {
  const described: Record<string, FieldError> = {};
  for (const [name, error] of Object.entries(errors)) {
    const message = firstMessage(error);
    if (message === null) continue;
    const label = labels[name] ?? name;
    described[name] = {
      type: "schema",
      message: isEmpty(values[name])
        ? (whenEmpty[name] ?? `${label} is required.`)
        : fieldSentence(label, message),
    };
  }
  return described;
}

/** The server's field errors that belong to a field of this form: the first per field, in its order. */
export function serverFieldErrors(
  error: ApiError,
  labels: Readonly<Record<string, string>>,
  serverPaths: Readonly<Record<string, string>> = {},
): { name: string; message: string }[] {
  const found = new Map<string, string>();
  for (const field of error.fields) {
    const name = serverPaths[field.path] ?? field.path;
    const label = labels[name];
    if (label !== undefined && !found.has(name)) found.set(name, fieldSentence(label, field.message));
  }
  return [...found].map(([name, message]) => ({ name, message }));
}

/**
 * The zod resolver of @hookform/resolvers over the schema, with its messages described for the
 * screen. `read` gives the labels at the time of checking (a label may name a question's number).
 */
export function schemaResolver<Schema extends FormSchema>(
  schema: Schema,
  read: () => Pick<SchemaFormOptions<Schema>, "labels" | "whenEmpty">,
): Resolver<z.input<Schema>, unknown, z.output<Schema>> {
  const resolve: Resolver<z.input<Schema>, unknown, z.output<Schema>> = zodResolver(schema);
  return async (values, context, options) => {
    const result = await resolve(values, context, options);
    if (Object.keys(result.errors).length === 0) return result;
    const { labels, whenEmpty } = read();
    const errors = describeErrors(result.errors, values, labels, whenEmpty);
    return { values: {}, errors: errors as FieldErrors<z.input<Schema>> };
  };
}

/** The message shown above a form for an error that belongs to no field; its `type` is the API's code. */
export const FORM_ERROR = "root.server" as const;

/**
 * A form over a contract schema. `submitWith(handler)` validates, calls the handler with the
 * schema's output (trimmed, normalised, as the server will read it) and, when the handler throws,
 * puts the server's field errors on their fields (focusing the first) or the message above the form.
 * A field's error clears once it is changed to a value the schema accepts.
 */
export function useSchemaForm<Schema extends FormSchema>(
  options: SchemaFormOptions<Schema>,
): SchemaForm<z.input<Schema>, z.output<Schema>> {
  const latest = useRef(options);
  latest.current = options;
  // One resolver for the form's life; it reads the labels of the latest render.
  const [resolver] = useState(() => schemaResolver(options.schema, () => latest.current));
  const [defaultValues] = useState(() => {
    const empty = Object.fromEntries(Object.keys(options.labels).map((name) => [name, ""]));
    return { ...empty, ...options.defaultValues } as DefaultValues<z.input<Schema>>;
  });
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver,
    defaultValues,
    shouldFocusError: true,
  });
  const { setError } = form;

  const showError = useCallback(
    (error: unknown) => {
      if (isApiError(error)) {
        const { labels, serverPaths } = latest.current;
        const fields = serverFieldErrors(error, labels, serverPaths);
        fields.forEach(({ name, message }, index) => {
          setError(name as Path<z.input<Schema>>, { type: "server", message }, { shouldFocus: index === 0 });
        });
        if (fields.length === 0) setError(FORM_ERROR, { type: error.code, message: error.message });
      } else {
        setError(FORM_ERROR, { type: "error", message: errorMessage(error) });
      }
    },
    [setError],
  );

  const submitWith = useCallback(
    (handler: (values: z.output<Schema>) => unknown) =>
      form.handleSubmit(async (values) => {
        try {
          await handler(values);
        } catch (error) {
          showError(error);
        }
      }),
    [form, showError],
  );

  return { ...form, labels: options.labels, showError, submitWith };
}

/** What `useSchemaForm` gives: react-hook-form's form, and what `Form` needs to show errors. */
export interface SchemaForm<Input extends FieldValues, Output> extends UseFormReturn<Input, unknown, Output> {
  labels: PerField<Input>;
  showError: (error: unknown) => void;
  submitWith: (handler: (values: Output) => unknown) => (event?: BaseSyntheticEvent) => Promise<void>;
}
