import { describe, expect, it } from "vitest";
import { FOLLOWERSHIP_STYLES } from "./followership";
import { FOLLOWERSHIP_STYLE_DESCRIPTIONS, followershipResultText } from "./followership-styles";

describe("the followership style descriptions", () => {
  it("describe every style with a pattern, a way to use it and a conversation starter", () => {
    for (const style of FOLLOWERSHIP_STYLES) {
      const description = FOLLOWERSHIP_STYLE_DESCRIPTIONS[style];
      expect(description.title.toLowerCase()).toBe(style);
      expect(description.pattern.length).toBeGreaterThan(40);
      expect(description.howToUse.length).toBeGreaterThan(40);
      expect(description.starter).toMatch(/\?$/);
    }
  });

  it("never pass a verdict", () => {
    const text = Object.values(FOLLOWERSHIP_STYLE_DESCRIPTIONS)
      .map((d) => `${d.pattern} ${d.howToUse} ${d.starter}`)
      .join(" ");
    expect(text).not.toMatch(/\b(you are|bad|lazy|poor|problem employee|should be|failure)\b/i);
  });

  it("name a result with its leaning when mixed", () => {
    expect(followershipResultText({ style: "alienated", leaning: null })).toBe("Alienated");
    expect(followershipResultText({ style: "pragmatist", leaning: "alienated" })).toBe(
      "Pragmatist, leaning alienated",
    );
  });
});
