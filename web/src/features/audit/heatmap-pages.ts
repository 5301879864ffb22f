/**
 * How many people the heatmap draws at once. A team larger than this is paged in the browser (the
 * audit still carries every person's row): a thousand rows of 25 links each made the page slow to
 * draw and to move through, while a team this size or smaller shows whole, with no pager.
 */
export const HEATMAP_PAGE_SIZE = 50;

/** One page of the heatmap's people: `start` to `end` (exclusive) in the audit's `people` order. */
export interface PeoplePage {
  /** Which page, from 0, after clamping to the pages there are. */
  index: number;
  count: number;
  start: number;
  end: number;
  total: number;
  /** Rows this page leaves empty below its last person, so a shorter last page keeps its height. */
  missingRows: number;
}

/**
 * The page at `requested` of `total` people, `size` to a page; a page beyond the last (the team
 * shrank while it was open) is the last one, and no people make one empty page.
 */
export function pageOfPeople(total: number, requested: number, size = HEATMAP_PAGE_SIZE): PeoplePage {
  const count = Math.max(1, Math.ceil(total / size));
  const index = Math.min(Math.max(0, Math.floor(requested)), count - 1);
  const start = index * size;
  const end = Math.min(start + size, total);
  const missingRows = count > 1 ? size - (end - start) : 0;
  return { index, count, start, end, total, missingRows };
}

const wholeNumber = (value: number) => value.toLocaleString("en");

/** The range a page shows, in words: "People 51–60 of 1,000". */
export const rangeOfPage = (page: PeoplePage): string =>
  `People ${wholeNumber(page.start + 1)}–${wholeNumber(page.end)} of ${wholeNumber(page.total)}`;
