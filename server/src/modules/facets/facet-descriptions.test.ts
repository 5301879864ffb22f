import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { setupWorkspace } from "../../../test/factories";
import { startTestApp, type TestApp } from "../../../test/harness";

interface ListedFacet {
  key: string;
  aboutYou: string;
  aboutThem: string;
}

describe("a facet's description for each reader", () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  it("ships every facet with a line to its author and a line about them", async () => {
    const { admin } = await setupWorkspace(t);
    const { facets } = (await admin.get("/api/v1/facets")).json() as { facets: ListedFacet[] };
    expect(facets.find((facet) => facet.key === "focus-rhythm")).toMatchObject({
      aboutYou: "When in the working day you do your sharpest thinking.",
      aboutThem: "When in the working day they do their sharpest thinking.",
    });
    expect(facets.find((facet) => facet.key === "how-i-lead")).toMatchObject({
      aboutYou: "What you try to do as a leader, and what the people you lead can count on from you.",
      aboutThem: "What they try to do as a leader, and what the people they lead can count on from them.",
    });
    for (const facet of facets) expect(facet).not.toHaveProperty("description");
  });

  it("lets an admin write both for a new facet, and change either alone", async () => {
    const { admin } = await setupWorkspace(t);
    const missing = await admin.post("/api/v1/facets", {
      key: "tools",
      dimension: "workstyle",
      title: "Tools",
      aboutThem: "The tools they reach for.",
      kind: "text",
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.fields[0].path).toBe("aboutYou");
    const created = await admin.post("/api/v1/facets", {
      key: "tools",
      dimension: "workstyle",
      title: "Tools",
      aboutYou: "The tools you reach for.",
      aboutThem: "The tools they reach for.",
      kind: "text",
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      aboutYou: "The tools you reach for.",
      aboutThem: "The tools they reach for.",
    });
    const changed = await admin.patch("/api/v1/facets/tools", { aboutYou: "The tools you pick up first." });
    expect(changed.json()).toMatchObject({
      aboutYou: "The tools you pick up first.",
      aboutThem: "The tools they reach for.",
    });
    const listed = (await admin.get("/api/v1/facets")).json() as { facets: ListedFacet[] };
    expect(listed.facets.find((facet) => facet.key === "tools")).toMatchObject({
      aboutYou: "The tools you pick up first.",
      aboutThem: "The tools they reach for.",
    });
  });
});
