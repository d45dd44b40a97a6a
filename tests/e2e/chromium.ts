/**
 * Debian's Chromium as the tests and `npm run bench` drive it (playwright-core; its own
 * browser download is impossible here). A plain launch runs on a fresh temporary profile
 * that Playwright deletes on close. Flags as in shared/TOOLCHAIN.md: root in a closed network.
 */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
