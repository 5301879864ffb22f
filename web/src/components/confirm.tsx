import { type ReactNode, useEffect, useRef } from "react";
import { Button } from "./button";
import { ErrorMessage } from "./messages";

interface ConfirmProps {
  /** The question asked, saying what will be lost. */
  children: ReactNode;
  id?: string;
  confirmLabel: ReactNode;
  pendingLabel: string;
  pending: boolean;
  error?: string | null;
  onConfirm: () => void;
  onKeep: () => void;
}

/**
 * Asks before something that cannot be undone. The question takes focus when it appears, so
 * keyboard and screen-reader users land on it; "Keep it" backs out.
 */
export function Confirm({
  children,
  id,
  confirmLabel,
  pendingLabel,
  pending,
  error,
  onConfirm,
  onKeep,
}: ConfirmProps) {
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);
  return (
    <div className="confirm">
      <p id={id} ref={questionRef} tabIndex={-1}>
        {children}
      </p>
      <ErrorMessage>{error ?? null}</ErrorMessage>
      <div className="form__actions">
        <Button variant="danger" pending={pending} pendingLabel={pendingLabel} onClick={onConfirm}>
          {confirmLabel}
        </Button>
        <Button variant="secondary" data-action="keep" onClick={onKeep}>
          Keep it
        </Button>
      </div>
    </div>
  );
}
