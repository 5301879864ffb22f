import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LINT_CODES } from "#core/questions/linter-types";
import { EXPLAINERS, explainerBySlug, explainerWords } from "./explainers";

describe("learning explainers", () => {
  it("has the six explainers the product promises", () => {
    expect(EXPLAINERS.map((explainer) => explainer.slug)).toEqual([
      "open-questions",
      "active-listening",
      "vulnerability-loop",
      "followership-styles",
      "first-follower",
      "assumptions-and-calibration",
    ]);
  });

  it.each(EXPLAINERS.map((explainer) => [explainer.slug, explainer] as const))(
    "%s stays under 400 words",
    (_slug, explainer) => {
      const words = explainerWords(explainer);
      expect(words).toBeGreaterThan(150);
      expect(words).toBeLessThan(400);
    },
  );

  it("gives every explainer a unique slug that is safe in an address", () => {
    const slugs = EXPLAINERS.map((explainer) => explainer.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("links only to explainers that exist, never to itself", () => {
    for (const explainer of EXPLAINERS) {
      for (const slug of explainer.related) {
        expect(explainerBySlug(slug), `${explainer.slug} → ${slug}`).toBeDefined();
        expect(slug).not.toBe(explainer.slug);
      }
    }
  });

  it("links the listening and loop explainers to the screens that do what they describe", () => {
    const targets = (slug: string) =>
      explainerBySlug(slug)?.sections.flatMap((section) => (section.links ?? []).map((link) => link.to));
    expect(targets("active-listening")).toEqual(["/me/audit", "/practice"]);
    expect(targets("vulnerability-loop")).toEqual(["/me/audit", "/practice"]);
    expect(targets("followership-styles")).toEqual(["/me/followership"]);
  });

  it("links only to screens the app has", () => {
    // The router's paths, read from its source: `:param` matches one segment.
    const router = readFileSync(new URL("../../router.tsx", import.meta.url), "utf8");
    const paths = [...router.matchAll(/path: "([^"]+)"/g)].flatMap((match) =>
      match[1] === "*" ? [] : [match[1]],
    );
    const patterns = paths.map((path) => new RegExp(`^${path?.replace(/:[^/]+/g, "[^/]+")}$`));
    for (const explainer of EXPLAINERS) {
      for (const link of explainer.sections.flatMap((section) => section.links ?? [])) {
        const path = link.to.split(/[?#]/)[0] ?? "";
        expect(
          patterns.some((pattern) => pattern.test(path)),
          `${explainer.slug} → ${link.to}`,
        ).toBe(true);
      }
    }
  });

  it("has an anchor for every linter code on the open-questions explainer, which findings link to", () => {
    const anchors = explainerBySlug("open-questions")?.sections.flatMap((section) => section.id ?? []);
    expect(anchors).toEqual(LINT_CODES);
  });

  it("keeps section anchors unique within an explainer", () => {
    for (const explainer of EXPLAINERS) {
      const ids = explainer.sections.flatMap((section) => section.id ?? []);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("counts words a reader sees and ignores stray punctuation", () => {
    const tiny = {
      slug: "t",
      title: "Two words",
      summary: "– three more words",
      sections: [{ heading: "One", points: ["a b"], paragraphs: ["c — d"] }],
      sources: ["S"],
      related: [],
    };
    expect(explainerWords(tiny)).toBe(2 + 3 + 1 + 2 + 2 + 1);
  });
});
