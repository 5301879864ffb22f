import { useId, useRef, useState } from "react";
import { Button } from "./button";
import { StatusMessage } from "./messages";

/**
 * A read-only value to copy (an invitation link, a new token): one button copies it; where the
 * browser blocks the clipboard the value is selected instead and the status says how to copy.
 */
export function CopyField({ label, value, what }: { label: string; value: string; what: string }) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus(`${what[0]?.toUpperCase()}${what.slice(1)} copied.`);
    } catch {
      inputRef.current?.select();
      setStatus(`Copying is blocked here: the ${what} is selected, press Ctrl+C (⌘C on a Mac).`);
    }
  };
  return (
    <>
      <div className="copy-row">
        <label htmlFor={inputId} className="visually-hidden">
          {label}
        </label>
        <input
          id={inputId}
          ref={inputRef}
          className="copy-row__input"
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button variant="secondary" onClick={() => void copy()}>
          Copy {what}
        </Button>
      </div>
      <StatusMessage>{status}</StatusMessage>
    </>
  );
}
