import { useEffect, useState } from "react";
import { flushSync } from "react-dom";

/**
 * True while the browser prints the page (between `beforeprint` and `afterprint`). The update is
 * flushed before the browser lays the page out for paper, so what prints is what this says.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return printing;
}
