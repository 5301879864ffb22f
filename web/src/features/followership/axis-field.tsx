import type { ReactNode } from "react";
import { useController } from "react-hook-form";
import { FieldErrorText, useFieldParts } from "../../components/form";

/**
 * One axis of an estimate, 0–60: a slider and a number box bound to the same value, either of
 * which the keyboard moves (arrows on the slider, typing in the box). The box carries the label,
 * hint and error; the slider is named for the axis too.
 */
export function AxisField({ name, hint }: { name: "it" | "ae"; hint: ReactNode }) {
  const { field } = useController({ name });
  const parts = useFieldParts(name, { hint: true });
  const value = typeof field.value === "number" ? field.value : null;
  const fromText = (text: string) => (/^\d{1,2}$/.test(text.trim()) ? Number(text) : text);
  return (
    <div className={parts.error ? "field field--invalid axis-field" : "field axis-field"}>
      <label htmlFor={parts.id}>{parts.label}</label>
      <p id={parts.hintId} className="field__hint">
        {hint}
      </p>
      <div className="axis-field__controls">
        <input
          type="range"
          min={0}
          max={60}
          step={1}
          value={value ?? 30}
          aria-label={`${parts.label}, slider`}
          aria-valuetext={value === null ? "not set" : `${value} of 60`}
          onChange={(event) => field.onChange(Number(event.target.value))}
          onBlur={field.onBlur}
        />
        <input
          id={parts.id}
          ref={field.ref}
          name={field.name}
          className="axis-field__number"
          type="number"
          inputMode="numeric"
          min={0}
          max={60}
          value={value ?? (typeof field.value === "string" ? field.value : "")}
          onChange={(event) => field.onChange(fromText(event.target.value))}
          onBlur={field.onBlur}
          {...parts.aria}
        />
      </div>
      <FieldErrorText parts={parts} />
    </div>
  );
}
