import {
  createContext,
  type FormHTMLAttributes,
  type ReactNode,
  useContext,
  useId,
  useMemo,
  useState,
} from "react";
import { type FieldValues, FormProvider, useFormState } from "react-hook-form";
import type { SchemaForm } from "../lib/forms";
import { Button } from "./button";
import { ErrorMessage, StatusMessage } from "./messages";

/**
 * The form layer every form is built from: `Form` over a `useSchemaForm`, fields that take their
 * label and error from it (form-fields.tsx), and `Submit`, which shows the form is being sent.
 */

const LabelsContext = createContext<Readonly<Record<string, string>>>({});

interface FormProps<Input extends FieldValues, Output>
  extends Omit<FormHTMLAttributes<HTMLFormElement>, "onSubmit" | "noValidate"> {
  form: SchemaForm<Input, Output>;
  /**
   * Runs with the checked values; a throw shows the server's errors on the fields or above them.
   * With `announces`, a sentence it returns ("Your name is saved.") is shown after the fields in a
   * polite live region until the next submit.
   */
  onSubmit: (values: Output) => unknown;
  announces?: boolean;
  /** What to add after a form-level error with this API code (a link to sign in, say). */
  errorAction?: (code: string) => ReactNode;
  children: ReactNode;
}

/** A form: errors that belong to no field are announced above the fields; the browser's own checks are off. */
export function Form<Input extends FieldValues, Output>({
  form,
  onSubmit,
  errorAction,
  announces = false,
  className = "form",
  children,
  ...rest
}: FormProps<Input, Output>) {
  const [status, setStatus] = useState<string | null>(null);
  const submit = form.submitWith(async (values) => {
    const result = await onSubmit(values);
    if (announces && typeof result === "string") setStatus(result);
  });
  return (
    <FormProvider {...form}>
      <LabelsContext.Provider value={form.labels}>
        <form
          className={className}
          noValidate
          onSubmit={(event) => {
            setStatus(null);
            void submit(event);
          }}
          {...rest}
        >
          <FormError action={errorAction} />
          {children}
          {announces ? <StatusMessage>{status}</StatusMessage> : null}
        </form>
      </LabelsContext.Provider>
    </FormProvider>
  );
}

/** The message of a failure that names no field of the form (a wrong password, a network error). */
export function FormError({ action }: { action?: ((code: string) => ReactNode) | undefined }) {
  const { errors } = useFormState();
  const error = errors.root?.server;
  return (
    <ErrorMessage>
      {error?.message ? (
        <>
          {error.message}
          {action && error.type ? action(String(error.type)) : null}
        </>
      ) : null}
    </ErrorMessage>
  );
}

interface SubmitProps {
  pendingLabel: string;
  variant?: "primary" | "secondary" | "danger";
  disabled?: boolean;
  children: ReactNode;
}

/** The form's submit button: while the form is being sent it says so and cannot be pressed again. */
export function Submit({ pendingLabel, variant, disabled, children }: SubmitProps) {
  const { isSubmitting } = useFormState();
  return (
    <Button
      type="submit"
      variant={variant}
      disabled={disabled}
      pending={isSubmitting}
      pendingLabel={pendingLabel}
    >
      {children}
    </Button>
  );
}

/** A field's label as the form names it (a legend that adds a hint to it, say). */
export function useFormLabel(name: string): string {
  return useContext(LabelsContext)[name] ?? name;
}

/** Ids and wiring of one field: its label, hint, error and any other description, for aria-describedby. */
export interface FieldParts {
  id: string;
  label: string;
  hintId: string;
  countId: string;
  errorId: string;
  error: string | undefined;
  /** For the control: aria-invalid and aria-describedby. */
  aria: { "aria-invalid": true | undefined; "aria-describedby": string | undefined };
}

/**
 * Reads one field's label (from the form, unless given) and error, and builds the ids that tie the
 * hint, any extra description (a character count, live feedback) and the error to the control.
 */
export function useFieldParts(
  name: string,
  options: {
    label?: string | undefined;
    hint?: boolean;
    count?: boolean;
    describedBy?: string[] | undefined;
  },
): FieldParts {
  const id = useId();
  const labels = useContext(LabelsContext);
  const { errors } = useFormState({ name });
  const error = errors[name]?.message;
  const message = typeof error === "string" && error !== "" ? error : undefined;
  const hintId = `${id}-hint`;
  const countId = `${id}-count`;
  const errorId = `${id}-error`;
  const describedBy = [
    options.hint ? hintId : null,
    options.count ? countId : null,
    ...(options.describedBy ?? []),
    message ? errorId : null,
  ]
    .filter((part) => part !== null)
    .join(" ");
  const label = options.label ?? labels[name] ?? name;
  return useMemo(
    () => ({
      id,
      label,
      hintId,
      countId,
      errorId,
      error: message,
      aria: { "aria-invalid": message ? true : undefined, "aria-describedby": describedBy || undefined },
    }),
    [id, label, hintId, countId, errorId, message, describedBy],
  );
}

/** The error under a field, found by the control through aria-describedby. */
export function FieldErrorText({ parts }: { parts: FieldParts }) {
  return parts.error ? (
    <p id={parts.errorId} className="field__error">
      {parts.error}
    </p>
  ) : null;
}

/** Submit, and Cancel where the form was opened from something it can close back to. */
export function FormActions({
  submit,
  pendingLabel,
  onCancel,
}: {
  submit: ReactNode;
  pendingLabel: string;
  onCancel?: (() => void) | undefined;
}) {
  return (
    <div className="form__actions">
      <Submit pendingLabel={pendingLabel}>{submit}</Submit>
      {onCancel ? (
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      ) : null}
    </div>
  );
}
