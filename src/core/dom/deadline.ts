// A time budget checked between phases and inside long loops, so a huge page gives a "too large"
// result instead of freezing the tab.

export class BudgetExceededError extends Error {
  constructor() {
    super('time budget exceeded');
    this.name = 'BudgetExceededError';
  }
}

// Reading the clock costs more than a loop step: look at it every this many steps (a power of two:
// the test is a mask).
const CHECK_EVERY = 512;

export class Deadline {
  private readonly end: number;
  private steps = 0;

  constructor(budgetMs: number | undefined) {
    this.end = budgetMs !== undefined && budgetMs > 0 ? now() + budgetMs : Number.POSITIVE_INFINITY;
  }

  /** Throws BudgetExceededError once the budget is spent. */
  check(): void {
    if (this.end !== Number.POSITIVE_INFINITY && now() > this.end) throw new BudgetExceededError();
  }

  /** Cheap per-iteration check: looks at the clock only now and then. */
  tick(): void {
    if ((++this.steps & (CHECK_EVERY - 1)) === 0) this.check();
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}
