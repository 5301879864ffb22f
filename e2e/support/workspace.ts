/** People the specs sign in as. Passwords are long and uncommon so the server accepts them. */
export const admin = {
  workspaceName: "Northwind Studio",
  name: "Ada Lindqvist",
  email: "ada@northwind.test",
  password: "quiet-harbour-lantern-42",
};

export const member = {
  name: "Mina Osei",
  email: "mina@northwind.test",
  password: "amber-meadow-compass-17",
};

/**
 * Makes sure the workspace and its admin exist, through the API, for specs that do not walk
 * through setup themselves (or run after one that failed before finishing it).
 */
export async function ensureWorkspace(baseUrl: string): Promise<void> {
  const status = await fetch(`${baseUrl}/api/v1/setup`);
  const { needed } = (await status.json()) as { needed: boolean };
  if (!needed) return;
  const response = await fetch(`${baseUrl}/api/v1/setup`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(admin),
  });
  if (response.status !== 201) throw new Error(`Setup failed: ${response.status} ${await response.text()}`);
}
