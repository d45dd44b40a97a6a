/**
 * The browser around the page, handed to the app as `document` is, so that tests can pass
 * fakes: the address bar and its history, reloading, the clipboard, animation frames.
 * Nothing else in the app reaches for `window`, `location` or `history`.
 */
export interface PageHost {
  /** The page's whole address. */
  href(): string;
  /** What follows `#` in the address. */
  fragment(): string;
  /** Writes the fragment without a new entry in the history (settings changes do not pile up in the back button). */
  replaceFragment(fragment: string): void;
  /** Calls `listener` when the fragment changes other than by replaceFragment (a link pasted in the address bar). */
  onFragmentChange(listener: () => void): void;
  reload(): void;
  /** Copies text to the clipboard; undefined where the browser gives none. */
  copy(text: string): Promise<void> | undefined;
  requestAnimationFrame(callback: FrameRequestCallback): void;
}

export function browserHost(win: Window): PageHost {
  return {
    href: () => win.location.href,
    fragment: () => win.location.hash.slice(1),
    replaceFragment: (fragment) => win.history.replaceState(win.history.state, '', `#${fragment}`),
    onFragmentChange: (listener) => win.addEventListener('hashchange', listener),
    reload: () => win.location.reload(),
    copy: (text) => win.navigator.clipboard?.writeText(text),
    requestAnimationFrame: (callback) => void win.requestAnimationFrame(callback),
  };
}
