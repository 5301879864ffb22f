import type { Plugin } from "vite";

const STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="\/(assets\/[^"]+\.css)">/g;

/**
 * Puts the app's one stylesheet inside index.html, in a `<style>`, so the opening screen there
 * paints as soon as the page has arrived, without waiting for a second request (on a slow link the
 * stylesheet shared the line with the scripts, and the first paint waited for both). The file stays
 * in `assets/` too. The content security policy allows inline styles (`plugins/security.ts`).
 */
export function inlineStylesheetPlugin(): Plugin {
  return {
    name: "rapport:inline-stylesheet",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(html, context) {
        const bundle = context.bundle;
        if (!bundle) return html;
        return html.replace(STYLESHEET_LINK, (link, fileName: string) => {
          const asset = bundle[fileName];
          if (asset?.type !== "asset") return link;
          const css =
            typeof asset.source === "string" ? asset.source : new TextDecoder().decode(asset.source);
          return `<style>${css.replaceAll("</style", "<\\/style")}</style>`;
        });
      },
    },
  };
}
