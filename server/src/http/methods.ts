/**
 * The methods that change state. The same-origin check, the write limit, the 403 documented on
 * API writes and a token's write scopes all apply to exactly these.
 */
export const UNSAFE_METHODS: ReadonlySet<string> = new Set(["POST", "PUT", "PATCH", "DELETE"]);
