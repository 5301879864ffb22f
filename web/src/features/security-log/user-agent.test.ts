import { describe, expect, it } from "vitest";
import { filterQuery } from "./security-log.api";
import { describeAgent } from "./user-agent";

describe("describeAgent", () => {
  it("names the browser and the system in a person's words", () => {
    expect(describeAgent("Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0")).toBe(
      "Firefox on Linux",
    );
    expect(
      describeAgent("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36"),
    ).toBe("Chrome on Android");
    expect(
      describeAgent(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1",
      ),
    ).toBe("Safari on iOS");
    expect(
      describeAgent(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36 Edg/131.0",
      ),
    ).toBe("Edge on Windows");
  });

  it("shows an agent it cannot read as it came, and none as unknown", () => {
    expect(describeAgent("lightMyRequest")).toBe("lightMyRequest");
    expect(describeAgent(null)).toBe("An unknown browser");
  });
});

describe("filterQuery", () => {
  it("leaves out the filters not set", () => {
    expect(filterQuery({})).toBe("");
    expect(filterQuery({ kind: "sign_in", from: "2026-11-01", limit: 50 })).toBe(
      "?kind=sign_in&from=2026-11-01&limit=50",
    );
  });
});
