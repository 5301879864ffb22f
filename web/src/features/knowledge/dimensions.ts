import { DIMENSIONS, type Dimension } from "#core/facets/facet";

export { DIMENSIONS };

/** How each dimension is named, about someone else (a leader's view) or about oneself. */
export const DIMENSION_TEXT: Record<Dimension, { title: string; about: string; aboutMe: string }> = {
  workstyle: {
    title: "Workstyle",
    about: "Daily routines and how they get work done.",
    aboutMe: "My daily routines and how I get work done.",
  },
  values: {
    title: "Values",
    about: "What matters to them at work.",
    aboutMe: "What matters to me at work.",
  },
  followership: {
    title: "Followership",
    about: "How they partner with their leader.",
    aboutMe: "How I work with my leader.",
  },
};

/** Items grouped by dimension, in the catalogue's dimension order; empty groups are left out. */
export function byDimension<T>(
  items: T[],
  dimensionOf: (item: T) => string,
): { dimension: Dimension; items: T[] }[] {
  return DIMENSIONS.map((dimension) => ({
    dimension,
    items: items.filter((item) => dimensionOf(item) === dimension),
  })).filter((group) => group.items.length > 0);
}
