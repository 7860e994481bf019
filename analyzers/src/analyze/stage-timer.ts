export interface StageTiming {
  stage: string;
  /** Wall-clock milliseconds spent in the stage itself, nested stages left out. */
  ms: number;
}

/**
 * Times the stages of one analysis (`diligent analyze --timings`). A stage timed inside another is
 * subtracted from it, so the timings add up to the time spent in timed stages.
 */
export class StageTimer {
  readonly timings: StageTiming[] = [];
  private nestedMs = 0;

  async time<T>(stage: string, run: () => Promise<T>): Promise<T> {
    const start = performance.now();
    const outerNestedMs = this.nestedMs;
    this.nestedMs = 0;
    try {
      return await run();
    } finally {
      const ms = performance.now() - start;
      this.timings.push({ stage, ms: ms - this.nestedMs });
      this.nestedMs = outerNestedMs + ms;
    }
  }
}
