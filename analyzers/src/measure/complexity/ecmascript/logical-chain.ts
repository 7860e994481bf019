import { Category } from './node-category.ts';

type LogicalOperator = typeof Category.And | typeof Category.Or | typeof Category.Nullish;

export function isLogicalOperator(category: Category): category is LogicalOperator {
  return category === Category.And || category === Category.Or || category === Category.Nullish;
}

/**
 * sonarjs's cognitive score for one tree of `&&`, `||` and `??` whose operands join directly (ESTree
 * has no parentheses, so `a && (b || c)` is one tree). Reading the operators left to right, each `&&`
 * that does not follow another `&&` adds 1; `||` and `??` add nothing. A tree directly inside a JSX
 * `{…}` scores 0 when it uses one operator and no operand is a `?:` (a render guard, not logic).
 */
export class LogicalChain {
  private previous: LogicalOperator | null = null;
  private score = 0;
  private mixed = false;

  constructor(
    private readonly rootOperator: LogicalOperator,
    private readonly insideJsx: boolean,
  ) {}

  /** A nested `&&`/`||`/`??` joins the tree; the operator it brings is read in order by `read`. */
  join(operator: LogicalOperator): void {
    if (operator !== this.rootOperator) this.mixed = true;
  }

  markConditionalOperand(): void {
    this.mixed = true;
  }

  read(operator: LogicalOperator): void {
    if (operator === Category.And && this.previous !== Category.And) this.score += 1;
    this.previous = operator;
  }

  get cognitive(): number {
    return this.insideJsx && !this.mixed ? 0 : this.score;
  }
}
