// Makes sure Debian's Chromium is present for the end-to-end tests. Playwright cannot
// download its own browser on machines without general internet access, so the tests
// drive the system Chromium. Installs it when running as root with apt-get; otherwise
// explains what to install.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return true;
  const isRoot = process.getuid?.() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    console.error(`Chromium not found at ${CHROMIUM}. Install it (Debian: apt-get install chromium fonts-liberation) or set CHROMIUM_PATH.`);
    return false;
  }
  console.log('Installing Chromium for the end-to-end tests (apt-get, about 20 s)...');
  const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  return run(['update', '-qq']) && run(['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-liberation']) && existsSync(CHROMIUM);
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(ensureChromium() ? 0 : 1);
