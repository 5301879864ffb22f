import { type ReactNode, useId } from "react";

/** A titled box on a page: a region named by its heading, so it is a landmark screen readers list. */
export function Panel({ heading, children }: { heading: ReactNode; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      {children}
    </section>
  );
}
