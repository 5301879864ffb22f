import { type Dimension, isAudited } from "#core/facets/facet";
import { byDimension, DIMENSION_TEXT } from "../knowledge/dimensions";
import type { Facet } from "../knowledge/facets.api";

/** The heading of the prompts about leading, wherever a manual is shown. */
export const LEADING_TITLE = "As a leader";

export interface ManualSection<T> {
  /** `leading` for the prompts about leading, otherwise the dimension. */
  id: "leading" | Dimension;
  title: string;
  items: T[];
}

/**
 * A manual's items in the order it is read: the prompts about leading first (a leader goes first),
 * then the facets about everyone by dimension. Empty sections are left out.
 */
export function manualSections<T>(items: T[], facetOf: (item: T) => Facet): ManualSection<T>[] {
  const leading = items.filter((item) => !isAudited(facetOf(item)));
  const audited = byDimension(
    items.filter((item) => isAudited(facetOf(item))),
    (item) => facetOf(item).dimension,
  ).map((group) => ({
    id: group.dimension,
    title: DIMENSION_TEXT[group.dimension].title,
    items: group.items,
  }));
  return [
    ...(leading.length > 0 ? [{ id: "leading" as const, title: LEADING_TITLE, items: leading }] : []),
    ...audited,
  ];
}
