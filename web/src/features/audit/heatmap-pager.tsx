import { Button } from "../../components/button";
import { type PeoplePage, rangeOfPage } from "./heatmap-pages";

interface HeatmapPagerProps {
  page: PeoplePage;
  onPage: (index: number) => void;
}

/**
 * Previous and Next over the heatmap's pages of people, with the range shown as a polite status so
 * a screen reader hears where the grid now starts. At either end the button stays focusable and says
 * it is unavailable (aria-disabled) rather than turning `disabled`: a disabled button drops the
 * keyboard's focus, and pressing Next onto the last page would leave the person nowhere.
 */
export function HeatmapPager({ page, onPage }: HeatmapPagerProps) {
  const atFirst = page.index === 0;
  const atLast = page.index === page.count - 1;
  return (
    <nav className="heatmap-pager no-print" aria-label="Pages of people in the grid">
      <p className="heatmap-pager__range" role="status" aria-live="polite">
        {rangeOfPage(page)}
      </p>
      <div className="heatmap-pager__buttons">
        <Button
          variant="secondary"
          aria-disabled={atFirst}
          onClick={() => {
            if (!atFirst) onPage(page.index - 1);
          }}
        >
          Previous
        </Button>
        <Button
          variant="secondary"
          aria-disabled={atLast}
          onClick={() => {
            if (!atLast) onPage(page.index + 1);
          }}
        >
          Next
        </Button>
      </div>
    </nav>
  );
}
