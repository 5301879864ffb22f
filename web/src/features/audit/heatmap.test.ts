import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import type { Audit } from "./audit.api";
import { Heatmap } from "./heatmap";

/** A team of `size` people on two facets, each assumed on the first and unknown on the second. */
function audit(size: number): Pick<Audit, "people" | "facets" | "stateRows"> {
  const people = Array.from({ length: size }, (_, index) => ({
    id: `person-${index + 1}`,
    name: `Person ${index + 1}`,
  }));
  return {
    people,
    facets: [
      { id: "f1", key: "focus", title: "Focus rhythm", dimension: "workstyle" },
      { id: "f2", key: "drains", title: "What drains them", dimension: "values" },
    ],
    stateRows: people.map(() => "au"),
  };
}

const draw = (size: number) =>
  renderToStaticMarkup(
    createElement(
      MemoryRouter,
      null,
      createElement(Heatmap, { audit: audit(size), labelledBy: "heading", describedBy: "help" }),
    ),
  );

const rowHeaders = (markup: string) => [...markup.matchAll(/data-col="0"[^>]*>([^<]*)</g)].map((m) => m[1]);

describe("the heatmap of a team", () => {
  it("draws a team of fifty whole, with no pager and no row numbering", () => {
    const markup = draw(50);
    expect(rowHeaders(markup)).toHaveLength(50);
    expect(markup).not.toContain("<nav");
    expect(markup).not.toContain("aria-rowcount");
    expect(markup).not.toContain("heatmap-wrap__reserve");
  });

  it("draws the first fifty of sixty under a pager that says so, Previous unavailable", () => {
    const markup = draw(60);
    const names = rowHeaders(markup);
    expect(names).toHaveLength(50);
    expect(names[0]).toBe("Person 1");
    expect(names.at(-1)).toBe("Person 50");
    expect(markup).toContain('<nav class="heatmap-pager no-print" aria-label="Pages of people in the grid">');
    expect(markup).toMatch(/role="status" aria-live="polite">People 1–50 of 60</);
    expect(markup).toMatch(/aria-disabled="true"[^>]*>Previous</);
    expect(markup).toMatch(/aria-disabled="false"[^>]*>Next</);
    // Among all sixty people and the two header rows, the last shown is row 52 of 62.
    expect(markup).toContain('aria-rowcount="62"');
    expect(markup).toContain('aria-rowindex="52"');
    expect(markup).not.toContain("Person 51,");
    // A full page reserves no extra room.
    expect(markup).not.toContain("heatmap-wrap__reserve");
  });

  it("makes the first person's name the one place Tab enters the grid", () => {
    const markup = draw(60);
    expect(markup.match(/tabindex="0"/g)).toHaveLength(1);
    expect(markup).toMatch(/data-row="0" data-col="0" tabindex="0"[^>]*>Person 1</);
  });
});
