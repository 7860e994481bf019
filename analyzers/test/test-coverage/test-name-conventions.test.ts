import { describe, expect, it } from 'vitest';
import { mirrorKey } from '../../src/test-coverage/reach/mirror-directory.ts';
import { namedSourceOf } from '../../src/test-coverage/reach/test-name-conventions.ts';

describe('naming conventions: what a test file is named after', () => {
  it.each([
    ['test_pricing.py', ['pricing.py'], false],
    ['pricing_test.py', ['pricing.py'], false],
    ['pricing_tests.py', ['pricing.py'], false],
    ['tax_test.go', ['tax.go'], true],
    ['CartTest.java', ['Cart.java'], false],
    ['CartTests.kt', ['Cart.kt'], false],
    ['CartIT.java', ['Cart.java'], false],
    ['CartSpec.groovy', ['Cart.groovy'], false],
    ['CartTests.cs', ['Cart.cs'], false],
    ['order_spec.rb', ['order.rb'], false],
    ['test_order.rb', ['order.rb'], false],
    ['CartTest.php', ['Cart.php'], false],
    [
      'parser_unittest.cc',
      ['parser.c', 'parser.cc', 'parser.cpp', 'parser.cxx', 'parser.h', 'parser.hh', 'parser.hpp'],
      false,
    ],
    ['lexer_test.rs', ['lexer.rs'], false],
    ['cart_test.exs', ['cart.ex'], false],
  ])('%s → %j', (testName, names, sameDirectoryOnly) => {
    expect(namedSourceOf(testName)).toEqual({ names, sameDirectoryOnly });
  });

  it('leaves TS/JS to the import graph, and names without a convention alone', () => {
    expect(namedSourceOf('cart.test.ts')).toBeNull();
    expect(namedSourceOf('cart_test.js')).toBeNull();
    expect(namedSourceOf('conftest.py')).toBeNull();
    expect(namedSourceOf('test_.py')).toBeNull();
  });

  it('mirrors test and source folders once layout folders are dropped', () => {
    expect(mirrorKey('src/test/java/com/acme')).toBe(mirrorKey('src/main/java/com/acme'));
    expect(mirrorKey('spec/models')).toBe(mirrorKey('app/models'));
    expect(mirrorKey('MyApp.Tests/Billing')).toBe(mirrorKey('MyApp/Billing'));
    expect(mirrorKey('tests')).toBe('');
    expect(mirrorKey('tests/billing')).not.toBe(mirrorKey('src/shipping'));
  });
});
