import { freePort } from "../postgres-cluster";

/**
 * The loopback port a test's own server listens on: any free one, or, with
 * RAPPORT_TEST_PORT_BASE=<n> (a machine where only some ports may be used), n + offset.
 */
export async function testPort(offset: number): Promise<number> {
  const base = process.env.RAPPORT_TEST_PORT_BASE;
  return base ? Number(base) + offset : freePort();
}
