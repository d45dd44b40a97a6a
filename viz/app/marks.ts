/**
 * Performance marks the page sets once per load, read by `npm run bench` (bench/browser.ts):
 * the page is ready to play, and the first month is drawn on the headline chart.
 */
export const READY_MARK = 'interstice:ready';
export const FIRST_TICK_MARK = 'interstice:first-tick';
