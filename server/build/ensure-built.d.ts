/** Types for ensure-built.js, plain JavaScript so that bin/ runs it on Node without a TypeScript loader. */
export function ensureBuilt(which: ("web" | "server")[], log: (line: string) => void): void;
