import { describe, expect, it } from "vitest";
import { HEATMAP_PAGE_SIZE, pageOfPeople, rangeOfPage } from "./heatmap-pages";

describe("the heatmap's pages of people", () => {
  it("draws fifty people at a time", () => {
    expect(HEATMAP_PAGE_SIZE).toBe(50);
  });

  it("shows a team of fifty or fewer as one page that leaves no rows empty", () => {
    expect(pageOfPeople(50, 0)).toEqual({ index: 0, count: 1, start: 0, end: 50, total: 50, missingRows: 0 });
    expect(pageOfPeople(3, 0)).toEqual({ index: 0, count: 1, start: 0, end: 3, total: 3, missingRows: 0 });
  });

  it("splits sixty people into 1–50 and 51–60, the shorter last page keeping ten rows' room", () => {
    const first = pageOfPeople(60, 0);
    const last = pageOfPeople(60, 1);
    expect(rangeOfPage(first)).toBe("People 1–50 of 60");
    expect(first).toMatchObject({ count: 2, start: 0, end: 50, missingRows: 0 });
    expect(rangeOfPage(last)).toBe("People 51–60 of 60");
    expect(last).toMatchObject({ count: 2, start: 50, end: 60, missingRows: 40 });
  });

  it("writes large counts with a thousands separator", () => {
    expect(rangeOfPage(pageOfPeople(1000, 0))).toBe("People 1–50 of 1,000");
    expect(rangeOfPage(pageOfPeople(1000, 19))).toBe("People 951–1,000 of 1,000");
    expect(pageOfPeople(1000, 19).missingRows).toBe(0);
  });

  it("answers the last page for a page past the end, as when the team shrank while it was open", () => {
    expect(pageOfPeople(60, 5)).toMatchObject({ index: 1, start: 50, end: 60 });
    expect(pageOfPeople(40, 1)).toMatchObject({ index: 0, count: 1, start: 0, end: 40 });
    expect(pageOfPeople(60, -1)).toMatchObject({ index: 0, start: 0 });
  });

  it("covers every person exactly once across the pages", () => {
    for (const total of [1, 49, 50, 51, 99, 100, 101, 1000]) {
      const { count } = pageOfPeople(total, 0);
      const seen: number[] = [];
      for (let index = 0; index < count; index++) {
        const page = pageOfPeople(total, index);
        for (let person = page.start; person < page.end; person++) seen.push(person);
        expect(page.end - page.start + page.missingRows).toBe(count > 1 ? HEATMAP_PAGE_SIZE : total);
      }
      expect(seen).toEqual(Array.from({ length: total }, (_, person) => person));
    }
  });
});
