/**
 * A write load over the main write routes from several concurrent clients, each writing one
 * request at a time, and the record of what the server acknowledged: what must be there after a
 * crash. A key (one person's answer on a facet, a leader's belief, a conversation's notes) is
 * written by one client only, so after a crash its stored value is the last acknowledged one or
 * the one that was in flight when the server died (it may have committed without its reply).
 */

export const TEXT_FACETS = [
  "deep-work-needs",
  "handling-pressure",
  "meeting-preferences",
  "energisers",
  "drains",
  "growth-career-aims",
  "meaningful-work",
  "boundaries",
  "success-this-year",
  "trust-builders-and-breakers",
] as const;

/** A browser-like client over real HTTP: keeps its cookies. */
export class HttpClient {
  private readonly cookies = new Map<string, string>();
  constructor(private readonly baseUrl: () => string) {}

  /** The Cookie header this client sends. */
  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  async request(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const cookie = this.cookieHeader();
    const response = await fetch(`${this.baseUrl()}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { "content-type": "application/json" }), cookie },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    for (const set of response.headers.getSetCookie()) {
      const [pair = ""] = set.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value) this.cookies.set(name, value);
      else this.cookies.delete(name);
    }
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  /** A call that must succeed (setup and checks, not the load). */
  async ok<T>(method: string, path: string, body?: unknown): Promise<T> {
    const { status, body: json } = await this.request(method, path, body);
    if (status < 200 || status >= 300)
      throw new Error(`${method} ${path} → ${status} ${JSON.stringify(json)}`);
    return json as T;
  }
}

/** What the server said about one key: its last acknowledged value and the ones left unanswered. */
export interface KeyRecord {
  acked: string | null;
  /** Sent since the last acknowledgement and never answered with a status (the server died). */
  unknown: string[];
}

export class Ledger {
  readonly keys = new Map<string, KeyRecord>();
  /** Pulse comments acknowledged with 201: each must be stored. */
  readonly pulseComments = new Set<string>();
  /** Conversations whose creation was acknowledged, by id. */
  readonly conversations = new Set<string>();
  acknowledged = 0;
  /** Non-2xx answers while the server and database were up: must be none. */
  errors: string[] = [];
  /** Writes that never got an answer, or got one after the database was killed. */
  cut = 0;

  record(key: string): KeyRecord {
    let record = this.keys.get(key);
    if (!record) {
      record = { acked: null, unknown: [] };
      this.keys.set(key, record);
    }
    return record;
  }

  /** The values the key may hold now. */
  allowed(key: string): Set<string> {
    const record = this.keys.get(key);
    return new Set([
      ...(record?.acked === null || !record ? [] : [record.acked]),
      ...(record?.unknown ?? []),
    ]);
  }
}

export type Outcome = "acked" | "refused" | "cut";

/**
 * One write: acknowledged (any 2xx, even after the fault: the server said it was done), refused
 * (another status while everything was up: an error), or cut (no answer at all, or another status
 * once `faulted()` says the database was killed: the commit may or may not have happened).
 */
export async function write(
  ledger: Ledger,
  client: HttpClient,
  faulted: () => boolean,
  method: string,
  path: string,
  body: unknown,
): Promise<{ outcome: Outcome; body: unknown }> {
  try {
    const response = await client.request(method, path, body);
    if (response.status >= 200 && response.status < 300) {
      ledger.acknowledged++;
      return { outcome: "acked", body: response.body };
    }
    if (faulted()) {
      ledger.cut++;
      return { outcome: "cut", body: response.body };
    }
    ledger.errors.push(`${method} ${path} → ${response.status} ${JSON.stringify(response.body)}`);
    return { outcome: "refused", body: response.body };
  } catch {
    ledger.cut++;
    return { outcome: "cut", body: null };
  }
}

/** A keyed overwrite (PUT/PATCH of one value): the ledger follows what the key may hold. */
export async function writeKey(
  ledger: Ledger,
  client: HttpClient,
  faulted: () => boolean,
  key: string,
  value: string,
  method: string,
  path: string,
  body: unknown,
): Promise<Outcome> {
  const { outcome } = await write(ledger, client, faulted, method, path, body);
  const record = ledger.record(key);
  if (outcome === "acked") {
    record.acked = value;
    record.unknown = [];
  } else if (outcome === "cut") record.unknown.push(value);
  return outcome;
}

/** A small seeded generator (mulberry32), so a failing run can be repeated with its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
