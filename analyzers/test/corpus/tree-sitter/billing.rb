# A realistic corpus for the Ruby complexity rules.
require 'json'

module Billing
  class Invoice
    attr_reader :lines, :status

    def initialize(customer, lines = [], currency: 'EUR', **options)
      @customer = customer
      @lines = lines
      @currency = currency
      @status = options.fetch(:status, :draft)
    end

    def total
      lines.sum { |line| line.amount * line.quantity }
    end

    def discount(code)
      return 0 unless code
      if code.start_with?('VIP') && @customer.vip?
        0.2
      elsif code == 'WELCOME' or code == 'HELLO'
        0.1
      else
        0
      end
    end

    def state_label
      case status
      when :draft, :pending then 'open'
      when :paid then 'closed'
      else 'unknown'
      end
    end

    def each_overdue(today)
      lines.each do |line|
        next if line.paid?
        yield line if line.due_on < today
      end
    end

    def charge!(gateway, attempts = 3)
      tries = 0
      begin
        tries += 1
        gateway.charge(total)
      rescue Gateway::Timeout => e
        retry if tries < attempts
        raise e
      rescue Gateway::Declined
        @status = :declined
      else
        @status = :paid
      ensure
        gateway.close
      end
    end

    def to_json(*args)
      payload = { customer: @customer, total: total }
      payload[:currency] ||= @currency
      payload[:notes] = @notes unless @notes.nil? || @notes.empty?
      JSON.generate(payload, *args)
    end

    def self.parse(text)
      data = JSON.parse(text) rescue nil
      data ? new(data['customer'], data['lines'] || []) : nil
    end

    class << self
      def reconcile(invoices)
        until invoices.empty?
          invoice = invoices.shift
          invoice.charge!(DEFAULT_GATEWAY) while invoice.status == :draft
        end
      end
    end
  end
end

def fibonacci(n)
  n < 2 ? n : fibonacci(n - 1) + fibonacci(n - 2)
end

describe Billing::Invoice do
  it 'applies the VIP discount' do
    invoice = Billing::Invoice.new(vip_customer)
    expect(invoice.discount('VIP10')).to eq(0.2) if invoice.lines.any?
  end

  it { expect(Billing::Invoice.new(nil).total).to eq(0) }
end
