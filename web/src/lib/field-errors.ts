import { useCallback, useEffect, useRef, useState } from "react";
import { type ApiError, isApiError } from "./api";

export type FieldErrors = Partial<Record<string, string>>;

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

/** "<Label> is required." for each given field left empty; null when none is. */
export function missingFields(
  values: Record<string, string>,
  labels: Record<string, string>,
): FieldErrors | null {
  const missing: FieldErrors = {};
  for (const [name, value] of Object.entries(values))
    if (value === "") missing[name] = `${labels[name] ?? name} is required.`;
  return Object.keys(missing).length > 0 ? missing : null;
}

export function fieldErrorsOf(error: ApiError, labels: Record<string, string>): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of error.fields) {
    const label = labels[field.path];
    if (label !== undefined && errors[field.path] === undefined) {
      errors[field.path] = fieldSentence(label, field.message);
    }
  }
  return errors;
}

/**
 * Field errors for one form: set them from a failed request, show each next to its field, and
 * move focus to the first invalid field so keyboard and screen reader users land on it.
 * `formError` holds a message that belongs to no field shown in the form.
 */
export function useFormErrors(labels: Record<string, string>) {
  const formRef = useRef<HTMLFormElement>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [focusTick, setFocusTick] = useState(0);

  useEffect(() => {
    if (focusTick === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  }, [focusTick]);

  const labelsRef = useRef(labels);
  labelsRef.current = labels;

  const showError = useCallback((error: unknown) => {
    if (isApiError(error)) {
      const errors = fieldErrorsOf(error, labelsRef.current);
      setFieldErrors(errors);
      setFormError(Object.keys(errors).length > 0 ? null : error.message);
    } else {
      setFieldErrors({});
      setFormError(error instanceof Error ? error.message : "Something went wrong.");
    }
    setFocusTick((tick) => tick + 1);
  }, []);

  const showFieldErrors = useCallback((errors: FieldErrors) => {
    setFieldErrors(errors);
    setFormError(null);
    setFocusTick((tick) => tick + 1);
  }, []);

  const clear = useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);

  return { formRef, fieldErrors, formError, showError, showFieldErrors, clear };
}

/** Reads a text field from a submitted form. */
export function formText(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === "string" ? value : "";
}
