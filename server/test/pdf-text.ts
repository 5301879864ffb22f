import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const require = createRequire(import.meta.url);
/** pdf.js reads the standard fonts' metrics from its own package. */
const STANDARD_FONTS = `${join(dirname(require.resolve("pdfjs-dist/package.json")), "standard_fonts")}/`;

/**
 * The text of a PDF, read back with pdf.js: each page's text in reading order, the pieces of a
 * line joined as drawn, lines and pages joined by a space, runs of white space made one. What a
 * test looks for in a report, whatever line it was wrapped onto.
 */
export async function pdfText(bytes: Uint8Array | Buffer): Promise<string> {
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl: STANDARD_FONTS,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const pages: string[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(
        content.items.map((item) => ("str" in item ? `${item.str}${item.hasEOL ? " " : ""}` : "")).join(""),
      );
    }
  } finally {
    await pdf.destroy();
  }
  return pages.join(" ").replace(/\s+/g, " ").trim();
}

/** Whether a response is a PDF: its content type and its first bytes. */
export const isPdf = (response: { headers: Record<string, unknown>; rawPayload: Buffer }): boolean =>
  String(response.headers["content-type"] ?? "").startsWith("application/pdf") &&
  response.rawPayload.subarray(0, 5).toString("latin1") === "%PDF-";
