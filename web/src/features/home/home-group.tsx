import type { ReactNode } from "react";

/** One group of the home: a heading with its count, a line on what it means, and the items. */
export function HomeGroup({
  id,
  title,
  why,
  count,
  children,
}: {
  id: string;
  title: string;
  why?: string;
  count: number;
  children: ReactNode;
}) {
  if (count === 0) return null;
  return (
    <section className="home-group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        {title} <span className="badge badge--quiet">{count}</span>
      </h3>
      {why ? <p className="fine-print">{why}</p> : null}
      <ul className="home-list">{children}</ul>
    </section>
  );
}
