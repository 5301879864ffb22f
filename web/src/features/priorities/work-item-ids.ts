/** The id of a work item's heading in the list, which the chart's points link to. */
export const workItemHeadingId = (itemId: string): string => `work-item-${itemId}`;
