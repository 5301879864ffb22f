import { type FocusEvent, type KeyboardEvent, useCallback, useState } from "react";

interface Position {
  row: number;
  col: number;
}

const positionOf = (element: Element | null): Position | null => {
  const cell = element?.closest<HTMLElement>("[data-row][data-col]");
  if (!cell) return null;
  return { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
};

/**
 * Keyboard movement for a data grid (the ARIA grid pattern): the grid is one tab stop, the arrow
 * keys move between cells, Home and End go to the ends of a row, Ctrl+Home and Ctrl+End to the
 * first and last cell. Focusable cells carry data-row and data-col; the one at `tabIndexOf(...) === 0`
 * is where Tab enters the grid; `reset()` makes that the first cell again (a new page of rows).
 */
export function useGridNavigation(rows: number, cols: number) {
  const [active, setActive] = useState<Position>({ row: 0, col: 0 });

  // Where the rows grew fewer (a shorter page, a smaller team) Tab still enters at the last row.
  const activeRow = Math.min(active.row, Math.max(rows - 1, 0));
  const tabIndexOf = useCallback(
    (row: number, col: number) => (row === activeRow && col === active.col ? 0 : -1),
    [activeRow, active.col],
  );

  const reset = useCallback(() => setActive({ row: 0, col: 0 }), []);

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const position = positionOf(event.target);
    if (position) setActive(position);
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      const from = positionOf(event.target as Element);
      if (!from) return;
      const last = { row: rows - 1, col: cols - 1 };
      let to: Position | null = null;
      switch (event.key) {
        case "ArrowRight":
          to = { row: from.row, col: Math.min(from.col + 1, last.col) };
          break;
        case "ArrowLeft":
          to = { row: from.row, col: Math.max(from.col - 1, 0) };
          break;
        case "ArrowDown":
          to = { row: Math.min(from.row + 1, last.row), col: from.col };
          break;
        case "ArrowUp":
          to = { row: Math.max(from.row - 1, 0), col: from.col };
          break;
        case "Home":
          to = event.ctrlKey ? { row: 0, col: 0 } : { row: from.row, col: 0 };
          break;
        case "End":
          to = event.ctrlKey ? last : { row: from.row, col: last.col };
          break;
        default:
          return;
      }
      event.preventDefault();
      const grid = event.currentTarget;
      const target = grid.querySelector<HTMLElement>(`[data-row="${to.row}"][data-col="${to.col}"]`);
      if (target) {
        setActive(to);
        target.focus();
      }
    },
    [rows, cols],
  );

  return { tabIndexOf, onFocus, onKeyDown, reset };
}
