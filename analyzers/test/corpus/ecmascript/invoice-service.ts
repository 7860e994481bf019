import { randomUUID } from 'node:crypto';
import type { Customer, Invoice, LineItem, Money, TaxRule } from './domain';

export enum InvoiceStatus {
  Draft = 'draft',
  Issued = 'issued',
  Paid = 'paid',
  Void = 'void',
}

const enum Rounding {
  Up = 1,
  Down = -1,
  HalfEven = 0,
}

export interface InvoiceRepository {
  find(id: string): Promise<Invoice | undefined>;
  save(invoice: Invoice): Promise<void>;
  listByCustomer(
    customerId: string,
    options?: { status?: InvoiceStatus; limit?: number },
  ): Promise<Invoice[]>;
}

type Discount = { kind: 'percent'; value: number } | { kind: 'fixed'; value: Money } | { kind: 'none' };

function Injectable(scope = 'singleton') {
  return function (target: unknown) {
    return target;
  };
}

function Logged(level?: string) {
  return (target: any, key: string, descriptor: PropertyDescriptor) => {
    const original = descriptor.value;
    descriptor.value = function (...args: unknown[]) {
      if (level === 'debug' || process.env.DEBUG) {
        console.log(`${key}(${args.length})`);
      }
      return original.apply(this, args);
    };
    return descriptor;
  };
}

export abstract class BaseService<T extends { id: string }> {
  protected readonly cache = new Map<string, T>();
  protected hits = 0;
  protected ttl = Number(process.env.CACHE_TTL) || 60_000;

  abstract load(id: string): Promise<T | undefined>;

  async get(id: string): Promise<T | undefined> {
    const cached = this.cache.get(id);
    if (cached) {
      this.hits++;
      return cached;
    }
    const loaded = await this.load(id);
    if (loaded !== undefined) this.cache.set(id, loaded);
    return loaded;
  }

  protected evict(predicate?: (value: T) => boolean): number {
    let removed = 0;
    for (const [key, value] of this.cache) {
      if (!predicate || predicate(value)) {
        this.cache.delete(key);
        removed++;
      }
    }
    return removed;
  }
}

@Injectable()
export class InvoiceService extends BaseService<Invoice> {
  private static instances = 0;
  private readonly currency: string;
  private readonly rounding = Rounding.HalfEven;
  private lastError: Error | null = null;
  readonly defaultTerms = this.currency === 'EUR' ? 30 : 45;

  static {
    InvoiceService.instances = 0;
  }

  constructor(
    private readonly repository: InvoiceRepository,
    private readonly taxRules: TaxRule[] = [],
    currency?: string,
  ) {
    super();
    this.currency = currency ?? process.env.CURRENCY ?? 'EUR';
    InvoiceService.instances++;
  }

  load(id: string): Promise<Invoice | undefined> {
    return this.repository.find(id);
  }

  get instanceCount(): number {
    return InvoiceService.instances;
  }

  get lastFailure(): string {
    return this.lastError?.message ?? '';
  }

  set lastFailure(message: string) {
    this.lastError = message ? new Error(message) : null;
  }

  @Logged('debug')
  async create(
    customer: Customer,
    items: LineItem[],
    discount: Discount = { kind: 'none' },
  ): Promise<Invoice> {
    if (!customer.active) {
      throw new Error(`customer ${customer.id} is inactive`);
    }
    if (items.length === 0) {
      throw new Error('an invoice needs at least one line');
    }
    const subtotal = this.subtotal(items);
    const discounted = this.applyDiscount(subtotal, discount);
    const tax = this.tax(customer, discounted);
    const invoice: Invoice = {
      id: randomUUID(),
      customerId: customer.id,
      status: InvoiceStatus.Draft,
      lines: items,
      total: { amount: discounted.amount + tax.amount, currency: this.currency },
      dueInDays: customer.terms?.days ?? this.defaultTerms,
    };
    await this.repository.save(invoice);
    return invoice;
  }

  subtotal(items: LineItem[]): Money {
    let amount = 0;
    for (const item of items) {
      if (item.quantity <= 0) continue;
      const unit = item.unitPrice?.amount ?? 0;
      amount += unit * item.quantity;
    }
    return { amount: this.round(amount), currency: this.currency };
  }

  applyDiscount(total: Money, discount: Discount): Money {
    switch (discount.kind) {
      case 'percent':
        if (discount.value < 0 || discount.value > 100) {
          throw new RangeError('percent out of range');
        }
        return { ...total, amount: this.round(total.amount * (1 - discount.value / 100)) };
      case 'fixed':
        return { ...total, amount: Math.max(0, total.amount - discount.value.amount) };
      case 'none':
      default:
        return total;
    }
  }

  tax(customer: Customer, base: Money): Money {
    const rule = this.taxRules.find(
      (r) => r.country === customer.country && (!r.until || r.until > Date.now()),
    );
    if (!rule) return { amount: 0, currency: base.currency };
    const rate = customer.vatExempt ? 0 : rule.reverseCharge && customer.business ? 0 : rule.rate;
    return { amount: this.round(base.amount * rate), currency: base.currency };
  }

  private round(amount: number): number {
    if (this.rounding === Rounding.Up) return Math.ceil(amount * 100) / 100;
    else if (this.rounding === Rounding.Down) return Math.floor(amount * 100) / 100;
    else {
      const scaled = amount * 100;
      const floor = Math.floor(scaled);
      const diff = scaled - floor;
      if (diff > 0.5 || (diff === 0.5 && floor % 2 === 1)) return (floor + 1) / 100;
      return floor / 100;
    }
  }

  async transition(id: string, next: InvoiceStatus): Promise<Invoice> {
    const invoice = await this.get(id);
    if (!invoice) throw new Error(`no invoice ${id}`);
    const allowed: Record<InvoiceStatus, InvoiceStatus[]> = {
      [InvoiceStatus.Draft]: [InvoiceStatus.Issued, InvoiceStatus.Void],
      [InvoiceStatus.Issued]: [InvoiceStatus.Paid, InvoiceStatus.Void],
      [InvoiceStatus.Paid]: [],
      [InvoiceStatus.Void]: [],
    };
    if (!allowed[invoice.status].includes(next)) {
      this.lastFailure = `cannot go from ${invoice.status} to ${next}`;
      throw new Error(this.lastFailure);
    }
    invoice.status = next;
    try {
      await this.repository.save(invoice);
    } catch (error) {
      this.lastError = error instanceof Error ? error : new Error(String(error));
      throw error;
    } finally {
      this.cache.delete(id);
    }
    return invoice;
  }

  async overdue(customerId: string, now = new Date()): Promise<Invoice[]> {
    const invoices = await this.repository.listByCustomer(customerId, { status: InvoiceStatus.Issued });
    return invoices.filter((invoice) => {
      const issued = invoice.issuedAt ? new Date(invoice.issuedAt) : null;
      if (!issued) return false;
      const due = new Date(issued.getTime() + invoice.dueInDays * 86_400_000);
      return due < now;
    });
  }

  summarize(invoices: Invoice[]): Record<string, number> {
    const totals: Record<string, number> = {};
    invoices.forEach((invoice) => {
      totals[invoice.status] ??= 0;
      totals[invoice.status] += invoice.total.amount;
    });
    return totals;
  }
}

export function formatMoney({ amount, currency = 'EUR' }: Money, locale?: string): string {
  const formatter = new Intl.NumberFormat(locale || 'en-GB', { style: 'currency', currency });
  return formatter.format(amount);
}

export function parseMoney(text: string): Money | null {
  const match = /^([A-Z]{3})\s*(-?\d+(?:\.\d+)?)$/.exec(text.trim());
  if (!match) return null;
  const [, currency, amount] = match;
  return { currency: currency!, amount: Number(amount) };
}

export function compareInvoices(a: Invoice, b: Invoice): number {
  if (a.status !== b.status) {
    return a.status < b.status ? -1 : 1;
  }
  return a.total.amount - b.total.amount || a.id.localeCompare(b.id);
}

export async function* paginate<T>(fetchPage: (cursor?: string) => Promise<{ items: T[]; next?: string }>) {
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    for (const item of page.items) yield item;
    cursor = page.next;
  } while (cursor);
}

export const invoiceDefaults = {
  terms: 30,
  currency: 'EUR',
  describe(invoice: Invoice): string {
    return `${invoice.id} ${invoice.status}${invoice.total.amount > 0 ? ` ${invoice.total.amount}` : ''}`;
  },
  validate: (invoice: Invoice) => invoice.lines.length > 0 && invoice.total.amount >= 0,
} satisfies Record<string, unknown>;
