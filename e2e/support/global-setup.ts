import { mkdirSync } from "node:fs";
import { screenshotDir } from "./screenshots";
import { ensureBuild } from "./web-build";

/** Runs once before every e2e spec: the web app and the server are built and the screenshot folder exists. */
export default function globalSetup(): void {
  ensureBuild();
  mkdirSync(screenshotDir, { recursive: true });
}
