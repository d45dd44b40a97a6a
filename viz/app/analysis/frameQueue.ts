/**
 * Work drawn one part per animation frame, so a large sweep's results never block the page
 * for long. Parts wait while `active()` holds; `drained()` is told when the last one is done
 * (the results count their drawings on the page for the tests).
 */
export class FrameQueue {
  private parts: (() => void)[] = [];
  private frame = 0;

  constructor(
    private active: () => boolean,
    private drained: () => void,
  ) {}

  push(parts: readonly (() => void)[]): void {
    this.parts.push(...parts);
    if (this.frame) return;
    const step = () => {
      this.frame = 0;
      const part = this.parts.shift();
      if (!part || !this.active()) return;
      part();
      if (this.parts.length > 0) this.frame = requestAnimationFrame(step);
      else this.drained();
    };
    this.frame = requestAnimationFrame(step);
  }

  /** Drops the parts not drawn yet (a frame already asked for finds nothing to do). */
  clear(): void {
    this.parts = [];
  }
}
