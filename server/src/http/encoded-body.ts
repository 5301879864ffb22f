import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { negotiate } from "@fastify/accept-negotiator";
import type { FastifyReply, FastifyRequest } from "fastify";

const gzipAsync = promisify(gzip);

/**
 * A JSON body serialized once, with its gzip encoding made once beside it, for a response kept and
 * served many times (the audits, ADR 5): a team's audit is over a hundred kilobytes of JSON, and
 * sending it compressed is most of what serving a kept one costs.
 */
export interface EncodedBody {
  identity: Buffer;
  gzip: Buffer;
}

/** Serializes `value` and compresses it off the event loop. */
export async function encodeJson(value: unknown): Promise<EncodedBody> {
  const identity = Buffer.from(JSON.stringify(value));
  return { identity, gzip: await gzipAsync(identity) };
}

/** Sends the gzip encoding to a client that accepts it (every browser does), else the plain JSON. */
export function sendEncoded(request: FastifyRequest, reply: FastifyReply, body: EncodedBody): FastifyReply {
  reply.header("vary", "accept-encoding").type("application/json; charset=utf-8");
  if (negotiate(request.headers["accept-encoding"] ?? "", ["gzip"]) === "gzip") {
    return reply.header("content-encoding", "gzip").send(body.gzip);
  }
  return reply.send(body.identity);
}
