import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from "react";
import { useController, useFormContext, useWatch } from "react-hook-form";
import { plural } from "../lib/format";
import { useDebouncedValue } from "../lib/use-debounced-value";
import { FieldErrorText, type FieldParts, useFieldParts } from "./form";

/**
 * Fields of a `Form` (form.tsx). Each takes its label from the form unless given one, shows its hint
 * and its error under it (both read with the control through aria-describedby), and where the
 * value has a maximum length says how much is left as it nears it.
 */

interface CommonProps {
  name: string;
  /** Defaults to the form's label for this field. */
  label?: string;
  hint?: ReactNode;
  /** Ids of other elements that describe the control (live feedback beside it). */
  describedBy?: string[];
  className?: string;
}

/** The share of the maximum at which the count appears: early enough to plan, late enough not to clutter. */
const COUNT_FROM = 0.8;

const leftText = (left: number) =>
  left <= 0 ? "No characters left" : `${plural(left, "character", "characters")} left`;

/**
 * How many characters are left, once the text nears `max`. The visible count describes the field;
 * a polite live region repeats it once typing pauses, so a screen reader is not interrupted per key.
 */
function CharacterCount({ name, max, id }: { name: string; max: number; id: string }) {
  const value: unknown = useWatch({ name });
  const length = typeof value === "string" ? value.length : 0;
  const shown = length >= Math.ceil(max * COUNT_FROM);
  const settled = useDebouncedValue(shown ? max - length : null, 700);
  return (
    <>
      {shown ? (
        <p id={id} className="field__count">
          {leftText(max - length)}
        </p>
      ) : null}
      <div className="visually-hidden" aria-live="polite">
        {settled === null ? "" : leftText(settled)}
      </div>
    </>
  );
}

/** Whether the count of this field is on screen, so the control can name it in aria-describedby. */
function useCountShown(name: string, max: number | undefined): boolean {
  const value: unknown = useWatch({ name });
  return max !== undefined && typeof value === "string" && value.length >= Math.ceil(max * COUNT_FROM);
}

function FieldShell({
  parts,
  hint,
  className,
  children,
}: {
  parts: FieldParts;
  hint: ReactNode;
  className: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={["field", parts.error ? "field--invalid" : "", className ?? ""].join(" ").trim()}>
      <label htmlFor={parts.id}>{parts.label}</label>
      {hint ? (
        <p id={parts.hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldErrorText parts={parts} />
    </div>
  );
}

type InputProps = CommonProps &
  Omit<
    InputHTMLAttributes<HTMLInputElement>,
    "name" | "id" | "value" | "defaultValue" | "onChange" | "className"
  >;

/**
 * A one-line text input (text, email, password). What a person types as text (a name, a list's
 * name) takes its direction from its first letter, so Arabic or Hebrew reads right to left.
 */
export function TextField({ name, label, hint, describedBy, className, maxLength, ...input }: InputProps) {
  const { register } = useFormContext();
  const count = useCountShown(name, maxLength);
  const parts = useFieldParts(name, { label, hint: Boolean(hint), count, describedBy });
  const typed = input.type === undefined || input.type === "text" || input.type === "search";
  return (
    <FieldShell parts={parts} hint={hint} className={className}>
      <input
        id={parts.id}
        maxLength={maxLength}
        dir={typed ? "auto" : undefined}
        {...parts.aria}
        {...input}
        {...register(name)}
      />
      {maxLength ? <CharacterCount name={name} max={maxLength} id={parts.countId} /> : null}
    </FieldShell>
  );
}

type TextAreaProps = CommonProps &
  Omit<
    TextareaHTMLAttributes<HTMLTextAreaElement>,
    "name" | "id" | "value" | "defaultValue" | "onChange" | "className"
  > & {
    /** The textarea's own class (the field's is `className`). */
    inputClassName?: string;
  };

/** A text area, for answers, reasons and questions; its direction follows its first letter. */
export function TextAreaField({
  name,
  label,
  hint,
  describedBy,
  className,
  inputClassName,
  maxLength,
  ...textarea
}: TextAreaProps) {
  const { register } = useFormContext();
  const count = useCountShown(name, maxLength);
  const parts = useFieldParts(name, { label, hint: Boolean(hint), count, describedBy });
  return (
    <FieldShell parts={parts} hint={hint} className={className}>
      <textarea
        id={parts.id}
        className={inputClassName}
        dir="auto"
        maxLength={maxLength}
        {...parts.aria}
        {...textarea}
        {...register(name)}
      />
      {maxLength ? <CharacterCount name={name} max={maxLength} id={parts.countId} /> : null}
    </FieldShell>
  );
}

export interface Choice<Value> {
  value: Value;
  label: ReactNode;
}

/** Options under a heading of their own (an optgroup). */
export interface ChoiceGroupOf<Value> {
  group: string;
  options: readonly Choice<Value>[];
}

interface SelectProps<Value extends string | number> extends CommonProps {
  options: readonly (Choice<Value> | ChoiceGroupOf<Value>)[];
  disabled?: boolean;
  children?: never;
}

const optionElement = <Value extends string | number>(option: Choice<Value>) => (
  <option key={String(option.value)} value={String(option.value)}>
    {option.label}
  </option>
);

/** A select over typed values (a number stays a number); options are matched by their text form. */
export function SelectField<Value extends string | number>({
  name,
  label,
  hint,
  describedBy,
  className,
  options,
  disabled,
}: SelectProps<Value>) {
  const { field } = useController({ name });
  const parts = useFieldParts(name, { label, hint: Boolean(hint), describedBy });
  const flat = options.flatMap((item) => ("group" in item ? item.options : [item]));
  return (
    <FieldShell parts={parts} hint={hint} className={className}>
      <select
        id={parts.id}
        ref={field.ref}
        name={field.name}
        value={String(field.value ?? "")}
        disabled={disabled || field.disabled}
        onBlur={field.onBlur}
        onChange={(event) => {
          const chosen = flat.find((option) => String(option.value) === event.target.value);
          field.onChange(chosen ? chosen.value : event.target.value);
        }}
        {...parts.aria}
      >
        {options.map((item) =>
          "group" in item ? (
            <optgroup key={item.group} label={item.group}>
              {item.options.map(optionElement)}
            </optgroup>
          ) : (
            optionElement(item)
          ),
        )}
      </select>
    </FieldShell>
  );
}

interface ChoiceGroupProps<Value extends string | number> {
  name: string;
  /** Defaults to the form's label for this field. */
  legend?: ReactNode;
  options: readonly Choice<Value>[];
  /** Checkboxes, any number chosen (the value is an array); otherwise radio buttons, one chosen. */
  multiple?: boolean;
  /** Classes of the fieldset (`choice-group` unless given), of a box around the options, and of each option. */
  className?: string;
  optionsClassName?: string;
  optionClassName?: string;
  /** Shown after the options, before the error (a scale's two ends, say). */
  after?: ReactNode;
  /** One-line options a little further apart (how to start a list, a file's format). */
  spaced?: boolean;
}

/**
 * Radio buttons or checkboxes in a fieldset whose legend names them; the error is tied to the
 * fieldset, and each control is marked invalid, so either way a screen reader hears it.
 */
export function ChoiceGroup<Value extends string | number>({
  name,
  legend,
  options,
  multiple = false,
  spaced = false,
  className = spaced ? "choice-group choice-group--spaced" : "choice-group",
  optionsClassName,
  optionClassName = spaced ? "q-option" : "choice",
  after,
}: ChoiceGroupProps<Value>) {
  const { field } = useController({ name });
  const parts = useFieldParts(name, { label: typeof legend === "string" ? legend : undefined });
  const chosen: unknown[] = multiple ? (Array.isArray(field.value) ? field.value : []) : [field.value];
  const toggle = (value: Value, checked: boolean) => {
    if (!multiple) return field.onChange(value);
    const others = chosen.filter((item) => item !== value);
    field.onChange(checked ? [...others, value] : others);
  };
  const controls = options.map((option, index) => (
    <label key={String(option.value)} className={optionClassName}>
      <input
        ref={index === 0 ? field.ref : undefined}
        type={multiple ? "checkbox" : "radio"}
        name={field.name}
        value={String(option.value)}
        checked={chosen.includes(option.value)}
        onChange={(event) => toggle(option.value, event.target.checked)}
        onBlur={field.onBlur}
        aria-invalid={parts.aria["aria-invalid"]}
      />
      {typeof option.label === "string" ? <span>{option.label}</span> : option.label}
    </label>
  ));
  return (
    <fieldset className={className} aria-describedby={parts.aria["aria-describedby"]}>
      <legend>{legend ?? parts.label}</legend>
      {optionsClassName ? <div className={optionsClassName}>{controls}</div> : controls}
      {after}
      <FieldErrorText parts={parts} />
    </fieldset>
  );
}
