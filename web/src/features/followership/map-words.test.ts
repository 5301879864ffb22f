import { describe, expect, it } from "vitest";
import { mapWords, personWords } from "./map-words";

const ana = {
  person: { id: "a", name: "Ana Lima" },
  estimate: { it: 45, ae: 30, style: "pragmatist", leaning: "alienated", afterResult: false },
  self: { it: 50, ae: 52, style: "exemplary", leaning: null, takenAt: "2026-11-30T10:00:00.000Z" },
  selfSealed: false,
  gap: 23.09,
} as const;
const ben = {
  person: { id: "b", name: "Ben" },
  estimate: null,
  self: null,
  selfSealed: false,
  gap: null,
} as const;
const cleo = { ...ben, person: { id: "c", name: "Cleo" }, selfSealed: true } as const;

describe("the team map in words", () => {
  it("says the estimate, the own result and the gap of a person with both", () => {
    expect(personWords(ana)).toBe(
      "Ana Lima: your estimate thinking 45, engagement 30 (pragmatist, leaning alienated); their own result thinking 50, engagement 52 (exemplary); 23.1 points apart.",
    );
  });

  it("says what is missing for a person with neither", () => {
    expect(personWords(ben)).toBe("Ben: no estimate from you; no own result shared with you.");
    expect(personWords(cleo)).toBe(
      "Cleo: no estimate from you; their own result shared with you, not yet looked at.",
    );
  });

  it("counts the people and the arrows before naming each", () => {
    expect(mapWords([ana, ben])).toMatch(
      /^2 people; 1 with an arrow from your estimate to their own result\. Ana Lima: /,
    );
    expect(mapWords([])).toBe("Nobody is on this team's map yet.");
  });
});
