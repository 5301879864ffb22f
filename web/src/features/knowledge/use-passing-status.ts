import { useEffect, useState } from "react";

/**
 * A status line ("Your belief is saved.") that clears itself after a few seconds, so the toast
 * that shows it does not stay over the page. Screen readers have announced it by then.
 */
export function usePassingStatus(ms = 6000): [string | null, (message: string) => void] {
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    if (status === null) return;
    const timer = window.setTimeout(() => setStatus(null), ms);
    return () => window.clearTimeout(timer);
  }, [status, ms]);
  return [status, setStatus];
}
