import { mkdirSync } from "node:fs";
import { ensureBuilt } from "../../server/build/ensure-built.js";
import { screenshotDir } from "./screenshots";

/**
 * Runs once before every e2e spec: the web app (web/dist) and the server (dist/server) are built,
 * each only when missing or older than its sources, as `npm start` does, and the screenshot folder
 * exists. The specs run the built server on the built app.
 */
export default function globalSetup(): void {
  ensureBuilt(["web", "server"], (line) => console.log(`e2e: ${line}`));
  mkdirSync(screenshotDir, { recursive: true });
}
