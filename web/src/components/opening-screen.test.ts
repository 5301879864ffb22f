import { readFileSync } from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { describe, expect, it } from "vitest";
import { OpeningScreen } from "./layout";

const indexHtml = readFileSync(new URL("../../index.html", import.meta.url), "utf8");

describe("the opening screen in index.html", () => {
  it("is the markup React renders while Rapport opens, so the first paint needs no script and nothing moves", () => {
    const root = indexHtml.match(/<div id="root">([\s\S]*?)<\/div>\s*<noscript>/)?.[1];
    const rendered = renderToStaticMarkup(createElement(MemoryRouter, null, createElement(OpeningScreen)));
    expect(root?.replace(/>\s+</g, "><").trim()).toBe(rendered);
  });
});
