import type { ReactNode } from "react";

/** An error the person should notice now: announced at once by screen readers. */
export function ErrorMessage({ children, title }: { children: ReactNode; title?: string }) {
  if (!children) return null;
  return (
    <div className="notice notice--error" role="alert">
      {title ? <p className="notice__title">{title}</p> : null}
      <p>{children}</p>
    </div>
  );
}

/**
 * A polite live region. It stays in the page even when empty, because screen readers only
 * announce changes to a region that already exists.
 */
export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <div className={children ? "notice notice--success" : "status-empty"} role="status">
      {children ? <p>{children}</p> : null}
    </div>
  );
}

/** A loading state for anything that is not instant. */
export function Loading({ label = "Loading…" }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <span className="loading__spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}
