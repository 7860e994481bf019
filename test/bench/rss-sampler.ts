/** Samples this process's resident set size while a stage runs; reports the largest seen. */
export class RssSampler {
  private peak = process.memoryUsage().rss;
  private constructor(private readonly timer: NodeJS.Timeout) {}

  static start(intervalMs = 25): RssSampler {
    const sampler: RssSampler = new RssSampler(setInterval(() => sampler.sample(), intervalMs));
    return sampler;
  }

  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return this.peak;
  }

  private sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }
}
