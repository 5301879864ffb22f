import type { FastifyInstance, LightMyRequestResponse } from "fastify";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);
/** The harness's BASE_URL: unsafe requests name it as their Origin, as the web app's do. */
const ORIGIN = "http://localhost:3000";

/**
 * Percent-encodes like encodeURIComponent, but a lone surrogate (which encodeURIComponent
 * refuses) is written as the three bytes a careless client would send, so the server sees it.
 */
export function encodeComponent(text: string): string {
  let encoded = "";
  for (const character of text) {
    const unit = character.charCodeAt(0);
    if (character.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      encoded += [0xe0 | (unit >> 12), 0x80 | ((unit >> 6) & 0x3f), 0x80 | (unit & 0x3f)]
        .map((byte) => `%${byte.toString(16).toUpperCase()}`)
        .join("");
    } else {
      encoded += encodeURIComponent(character);
    }
  }
  return encoded;
}

export interface WalkRequest {
  method: string;
  url: string;
  /** JSON to send, or a raw body with its content type; undefined sends none. */
  body?: { json: unknown } | { raw: string; contentType: string };
}

/** A browser-like client for the walk: a cookie jar, and raw bodies and content types when asked. */
export class WalkClient {
  private readonly cookies = new Map<string, string>();
  constructor(private readonly app: FastifyInstance) {}

  forgetSession(): void {
    this.cookies.delete("rapport_session");
  }

  async send({ method, url, body }: WalkRequest): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {};
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
    if (cookie) headers.cookie = cookie;
    if (UNSAFE.has(method)) headers.origin = ORIGIN;
    let payload: string | undefined;
    if (body && "json" in body) {
      payload = JSON.stringify(body.json);
      headers["content-type"] = "application/json";
    } else if (body) {
      payload = body.raw;
      headers["content-type"] = body.contentType;
    }
    const response = await this.app.inject({
      method: method as "GET",
      url,
      headers,
      ...(payload === undefined ? {} : { payload }),
    });
    for (const set of response.cookies) {
      if (set.value) this.cookies.set(set.name, set.value);
      else this.cookies.delete(set.name);
    }
    return response;
  }
}
