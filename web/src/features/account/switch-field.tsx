import type { ReactNode } from "react";
import { useController } from "react-hook-form";
import { FieldErrorText, useFieldParts } from "../../components/form";

/**
 * An on/off setting of a form: a checkbox a screen reader announces as a switch (role="switch",
 * "on" or "off"), its label beside it and its hint under it, tied to it by aria-describedby.
 */
export function SwitchField({ name, hint }: { name: string; hint?: ReactNode }) {
  const { field } = useController({ name });
  const parts = useFieldParts(name, { hint: Boolean(hint) });
  return (
    <div className="field switch-field">
      <label className="switch-field__label" htmlFor={parts.id}>
        <input
          id={parts.id}
          ref={field.ref}
          type="checkbox"
          role="switch"
          className="switch-field__control"
          name={field.name}
          checked={field.value === true}
          aria-checked={field.value === true}
          onChange={(event) => field.onChange(event.target.checked)}
          onBlur={field.onBlur}
          {...parts.aria}
        />
        <span>{parts.label}</span>
      </label>
      {hint ? (
        <p id={parts.hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      <FieldErrorText parts={parts} />
    </div>
  );
}
