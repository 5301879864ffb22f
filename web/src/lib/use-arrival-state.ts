import { useEffect, useState } from "react";
import { useLocation, useNavigate } from "react-router";

/**
 * The state a screen was opened with ("team created", "signed out"), read once. It is then
 * removed from the history entry, so a reload or Back does not repeat a message that is no longer news.
 */
export function useArrivalState(): unknown {
  const location = useLocation();
  const navigate = useNavigate();
  const [arrival] = useState<unknown>(location.state);

  useEffect(() => {
    if (location.state === null || location.state === undefined) return;
    const { pathname, search, hash } = location;
    void navigate({ pathname, search, hash }, { replace: true, state: null });
  }, [location, navigate]);

  return arrival;
}

/** Whether the arrival state carries a given flag, e.g. `{ created: true }`. */
export const hasFlag = (state: unknown, flag: string): boolean =>
  typeof state === "object" && state !== null && flag in state;
