export interface IdleTimerOptions {
  /** Time without input before the warning. */
  idleMs: number;
  /** How long the warning waits for an answer (at least 20 s: WCAG 2.2.1). */
  warningMs: number;
  /** False when there is nothing to clear (the welcome screen, untouched): the timer just starts again. */
  shouldWarn?: () => boolean;
  onWarn: () => void;
  /** Whole seconds left on the warning: once when it opens, then each second. */
  onTick: (secondsLeft: number) => void;
  onExpire: () => void;
}

/**
 * The kiosk's idle clock: input restarts it; after `idleMs` without any, it warns and counts down; "I need
 * more time" goes back to watching; at zero it expires. Input during the warning does not dismiss it (a stray
 * touch is not an answer): only moreTime() does. Deadlines are read from the clock rather than counted in
 * ticks, so a throttled background timer cannot stretch them.
 */
export class IdleTimer {
  #phase: 'watching' | 'warning' | 'stopped' = 'stopped';
  #lastInput = 0;
  #deadline = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(readonly options: IdleTimerOptions) {}

  get phase(): 'watching' | 'warning' | 'stopped' {
    return this.#phase;
  }

  start(): void {
    this.#watch();
  }

  /** Any input: cheap enough to call for every scroll event (it only notes the time). */
  input(): void {
    if (this.#phase === 'watching') this.#lastInput = Date.now();
  }

  /** "I need more time". */
  moreTime(): void {
    if (this.#phase === 'warning') this.#watch();
  }

  stop(): void {
    this.#phase = 'stopped';
    clearTimeout(this.#timer);
  }

  #watch(): void {
    clearTimeout(this.#timer);
    this.#phase = 'watching';
    this.#lastInput = Date.now();
    this.#schedule(this.options.idleMs);
  }

  #schedule(ms: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#check(), Math.max(0, ms));
  }

  #check(): void {
    if (this.#phase === 'watching') this.#checkQuiet();
    else if (this.#phase === 'warning') this.#countDown();
  }

  #checkQuiet(): void {
    const quietFor = Date.now() - this.#lastInput;
    if (quietFor < this.options.idleMs) {
      this.#schedule(this.options.idleMs - quietFor);
    } else if (this.options.shouldWarn && !this.options.shouldWarn()) {
      this.#watch();
    } else {
      this.#phase = 'warning';
      this.#deadline = Date.now() + this.options.warningMs;
      this.options.onWarn();
      this.options.onTick(Math.ceil(this.options.warningMs / 1000));
      this.#schedule(1000);
    }
  }

  #countDown(): void {
    const left = this.#deadline - Date.now();
    if (left <= 0) {
      this.stop();
      this.options.onExpire();
      return;
    }
    this.options.onTick(Math.ceil(left / 1000));
    this.#schedule(Math.min(1000, left));
  }
}
