import type { BrowserContext, Response } from "playwright-core";

/**
 * Keeps the body of every API response a browser receives, from now on: what a person's browser
 * was sent, whether or not a screen showed it.
 */
export function recordApiResponses(context: BrowserContext) {
  const bodies: Promise<string>[] = [];
  const keep = (response: Response) => {
    if (!new URL(response.url()).pathname.startsWith("/api/")) return;
    bodies.push(
      response
        .text()
        .then((text) => `${response.request().method()} ${response.url()} ${text}`)
        .catch(() => ""),
    );
  };
  context.on("response", keep);
  return {
    /** Every body received so far, each led by its method and address. */
    bodies: () => Promise.all(bodies),
    stop: () => context.off("response", keep),
  };
}
