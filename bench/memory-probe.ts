/**
 * Preloaded into a benched server (`node --expose-gc --import bench/memory-probe.ts …`, soak mode):
 * answers the bench's "memory" message on the IPC channel with the server's memory after a full
 * garbage collection, so before and after compare what is kept, not what is waiting to be freed.
 */
process.on("message", (message) => {
  if (message !== "memory") return;
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const { rss, heapUsed, heapTotal } = process.memoryUsage();
  process.send?.({ rss, heapUsed, heapTotal, peakRss: process.resourceUsage().maxRSS * 1024 });
});
