/**
 * The run in the address bar: written after every change (with the language), so that
 * reloading or sharing the address gives the same run; and a link pasted into the address
 * bar, told apart from the addresses this page wrote itself.
 */
import type { Language } from './i18n';
import type { PageHost } from './host';
import type { RunSetup } from './setup';
import { encodeLink } from './shareUrl';

export class AddressBar {
  private writes = 0;
  /** The fragment this page last wrote, so its own address changes are not read back. */
  private written = '';

  /** `shareLink` shows the address to copy. */
  constructor(
    private host: PageHost,
    private shareLink: HTMLInputElement,
  ) {}

  async write(setup: RunSetup, lang: Language): Promise<void> {
    // Encoding a file is asynchronous: only the latest call may write, or an older state could land last.
    const write = ++this.writes;
    const fragment = await encodeLink(setup, lang);
    if (write !== this.writes) return;
    this.written = fragment;
    this.host.replaceFragment(fragment);
    this.shareLink.value = this.host.href();
  }

  /** Calls `open` with a link pasted into this tab's address bar. */
  onPasted(open: (fragment: string) => void): void {
    this.host.onFragmentChange(() => {
      const fragment = this.host.fragment();
      if (fragment && fragment !== this.written) open(fragment);
    });
  }
}
