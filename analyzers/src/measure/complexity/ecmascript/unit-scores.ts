import type { FunctionMetrics } from '../../types.ts';

interface OpenUnit {
  metrics: FunctionMetrics;
  /** sonarjs's nesting level, counted inside this unit only. */
  nesting: number;
}

export interface EnclosingUnits {
  unit: OpenUnit | null;
  sonarFunction: OpenUnit | null;
}

/**
 * The units open around the walk's position and what they score. ESLint's unit (a function, a class
 * field initializer or a static block) takes the cyclomatic points. sonarjs only scores functions:
 * cognitive points inside a field initializer or static block also go to the function around the
 * class, at that function's nesting, besides going to the field or block's own unit.
 */
export class UnitScores {
  readonly finished: FunctionMetrics[] = [];
  private unit: OpenUnit | null = null;
  private sonarFunction: OpenUnit | null = null;

  get enclosingName(): string | null {
    return this.unit?.metrics.name ?? null;
  }

  open(metrics: FunctionMetrics, isFunction: boolean): EnclosingUnits {
    const enclosing = { unit: this.unit, sonarFunction: this.sonarFunction };
    this.unit = { metrics, nesting: 0 };
    if (isFunction) this.sonarFunction = this.unit;
    return enclosing;
  }

  /** Closes the innermost unit, keeping it when `keep` says so. */
  close(enclosing: EnclosingUnits, keep?: (metrics: FunctionMetrics) => boolean): void {
    const closing = this.unit?.metrics;
    if (closing && (keep === undefined || keep(closing))) this.finished.push(closing);
    this.unit = enclosing.unit;
    this.sonarFunction = enclosing.sonarFunction;
  }

  setParameters(count: number): void {
    if (this.unit) this.unit.metrics.params = count;
  }

  addCyclomatic(): void {
    if (this.unit) this.unit.metrics.cyclomatic += 1;
  }

  /** A structure that nests: +1 plus the nesting level in each scoring unit. */
  addStructural(): void {
    const { unit, sonarFunction } = this;
    if (unit) unit.metrics.cognitive += 1 + unit.nesting;
    if (sonarFunction && sonarFunction !== unit) sonarFunction.metrics.cognitive += 1 + sonarFunction.nesting;
  }

  addFlat(points: number): void {
    const { unit, sonarFunction } = this;
    if (unit) unit.metrics.cognitive += points;
    if (sonarFunction && sonarFunction !== unit) sonarFunction.metrics.cognitive += points;
  }

  enterNesting(): void {
    this.shiftNesting(1);
  }

  exitNesting(): void {
    this.shiftNesting(-1);
  }

  private shiftNesting(step: number): void {
    const { unit, sonarFunction } = this;
    if (unit) unit.nesting += step;
    if (sonarFunction && sonarFunction !== unit) sonarFunction.nesting += step;
  }
}
