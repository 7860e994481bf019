using System;
using System.Collections.Generic;
using System.Linq;

namespace Shop.Payments
{
    /// <summary>A realistic corpus for the C# complexity rules.</summary>
    public class PaymentProcessor : IDisposable
    {
        private readonly Dictionary<string, decimal> _limits = new();
        private ILogger? _logger;

        public PaymentProcessor(ILogger? logger, params string[] currencies)
        {
            _logger = logger ?? NullLogger.Instance;
            foreach (var currency in currencies)
            {
                _limits[currency] = currency == "USD" ? 10_000m : 5_000m;
            }
        }

        ~PaymentProcessor()
        {
            Dispose();
        }

        public decimal Limit
        {
            get { return _limits.TryGetValue("USD", out var limit) ? limit : 0m; }
        }

        public bool Authorize(Payment payment, out string? reason)
        {
            reason = null;
            if (payment is null || payment.Amount <= 0)
            {
                reason = "invalid";
                return false;
            }
            else if (!_limits.TryGetValue(payment.Currency, out var limit))
            {
                reason = "currency";
                return false;
            }
            else if (payment.Amount > limit && !payment.Trusted)
            {
                reason = "limit";
                return false;
            }
            return true;
        }

        public string Describe(Payment payment) => payment?.Method switch
        {
            Method.Card => "card",
            Method.Transfer when payment.Amount > 1000 => "large transfer",
            _ => payment?.Note ?? "unknown",
        };

        public int Settle(IEnumerable<Payment> payments)
        {
            int settled = 0;
            foreach (var payment in payments.Where(p => p.Amount > 0 && p.Currency != null))
            {
                try
                {
                    switch (payment.State)
                    {
                        case State.Pending:
                        case State.Retrying:
                            Submit(payment);
                            settled++;
                            break;
                        case State.Failed:
                            goto default;
                        default:
                            _logger?.Warn(payment.Id);
                            break;
                    }
                }
                catch (TimeoutException) when (settled > 0)
                {
                    continue;
                }
                catch (Exception ex)
                {
                    _logger?.Error(ex);
                    throw;
                }
                finally
                {
                    settled += 0;
                }
            }
            return settled;
        }

        private decimal Fee(decimal amount)
        {
            decimal Rate(decimal value) => value > 1000 ? 0.01m : 0.02m;
            Func<decimal, decimal> round = v => Math.Round(v, 2);
            var cache = _cache ??= new Dictionary<decimal, decimal>();
            return round(amount * Rate(amount));
        }

        public static PaymentProcessor operator +(PaymentProcessor left, PaymentProcessor right)
        {
            return left._limits.Count >= right._limits.Count ? left : right;
        }

        public void Dispose()
        {
#if DEBUG
            if (_logger != null) _logger.Flush();
#endif
            _logger = null;
        }

        public abstract void Hook();
    }
}
