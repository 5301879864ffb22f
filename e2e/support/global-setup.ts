import { mkdirSync } from "node:fs";
import { screenshotDir } from "./screenshots";
import { ensureWebBuild } from "./web-build";

/** Runs once before every e2e spec: the web app is built and the screenshot folder exists. */
export default function globalSetup(): void {
  ensureWebBuild();
  mkdirSync(screenshotDir, { recursive: true });
}
