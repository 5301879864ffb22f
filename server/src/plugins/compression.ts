import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from "node:zlib";
import { negotiate } from "@fastify/accept-negotiator";
import fastifyCompress from "@fastify/compress";
import type { FastifyInstance, FastifyReply } from "fastify";
import fp from "fastify-plugin";

/** Smaller answers are sent as they are: compressing them gains too little. */
export const COMPRESSION_THRESHOLD = 1024;
/**
 * Up to here a body is compressed in place (about 10 µs a kilobyte at these settings, so at most
 * a third of a millisecond); a larger one is compressed off the event loop.
 */
const IN_PLACE_LIMIT = 32 * 1024;
/** @fastify/compress's own test of what is worth compressing, for the types a serialized body has. */
const COMPRESSIBLE =
  /^text\/(?!event-stream)|(?:\+|\/)json(?:;|$)|(?:\+|\/)text(?:;|$)|(?:\+|\/)xml(?:;|$)|octet-stream(?:;|$)/u;
const ENCODINGS = ["br", "gzip"];
/** Brotli at a quick level: about gzip's time, a smaller result. */
const BROTLI_QUALITY = 4;

type Encoding = "br" | "gzip";

function encodingFor(acceptEncoding: string | undefined): Encoding | null {
  if (acceptEncoding === undefined) return null;
  // As @fastify/compress reads it: `*` and `x-gzip` mean gzip.
  const encoding = negotiate(acceptEncoding.toLowerCase().replace(/\*|x-gzip/gu, "gzip"), ENCODINGS);
  return encoding === "br" || encoding === "gzip" ? encoding : null;
}

const brotliOptions = (size: number) => ({
  params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: size },
});

function addVary(reply: FastifyReply): void {
  const vary = reply.getHeader("vary");
  if (vary === undefined) {
    reply.header("vary", "accept-encoding");
    return;
  }
  const values = [vary].flat().map(String);
  if (!values.some((value) => value.toLowerCase().includes("accept-encoding"))) {
    reply.header("vary", [...values, "accept-encoding"].join(", "));
  }
}

/**
 * Answers of 1 KB and more go out brotli- or gzip-compressed as the client accepts. A body held
 * whole (a string or a buffer: JSON, a calendar, a CSV) is compressed in one call, not through a
 * stream, which costs several times the compression itself for an answer of a few kilobytes; a
 * stream (a file) is left to @fastify/compress (built assets come compressed already,
 * plugins/web.ts). Request bodies are never unpacked: a compressed one is refused as unreadable
 * JSON (400).
 */
export const compressionPlugin = fp(async (app: FastifyInstance) => {
  // The API's routes never send a stream, so this hook covers them all: @fastify/compress's own
  // hooks, which cost on every request, are left off them.
  app.addHook("onRoute", (route) => {
    if (route.url.startsWith("/api/v1/")) route.compress = false;
  });
  app.addHook("onSend", (request, reply, payload, done) => {
    if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return done(null, payload);
    const size = Buffer.byteLength(payload);
    if (size < COMPRESSION_THRESHOLD || reply.getHeader("content-encoding") !== undefined) {
      return done(null, payload);
    }
    const type = reply.getHeader("content-type");
    if (typeof type !== "string" || !COMPRESSIBLE.test(type)) return done(null, payload);
    const encoding =
      request.headers["x-no-compression"] === undefined
        ? encodingFor(request.headers["accept-encoding"])
        : null;
    if (encoding === null) return done(null, payload);
    addVary(reply);
    reply.header("content-encoding", encoding);
    if (size <= IN_PLACE_LIMIT) {
      return done(
        null,
        encoding === "br" ? brotliCompressSync(payload, brotliOptions(size)) : gzipSync(payload),
      );
    }
    const sent = (error: Error | null, compressed: Buffer) => (error ? done(error) : done(null, compressed));
    if (encoding === "br") brotliCompress(payload, brotliOptions(size), sent);
    else gzip(payload, sent);
  });
  await app.register(fastifyCompress, {
    encodings: ["br", "gzip"],
    threshold: COMPRESSION_THRESHOLD,
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } },
    globalDecompression: false,
  });
});
