import { describe, expect, it } from 'vitest';
import { mirrorKey } from '../../src/test-coverage/reach/mirror-directory.ts';
import { namedSourceOf } from '../../src/test-coverage/reach/test-name-conventions.ts';
import { indexSources, reachedByName } from '../../src/test-coverage/reach/naming-reach.ts';

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

  describe('which file of that name a test reaches', () => {
    const reach = (test: string, sources: string[]) => {
      const named = namedSourceOf(test.slice(test.lastIndexOf('/') + 1));
      if (!named) throw new Error(`no convention for ${test}`);
      return reachedByName(test, named, indexSources(sources));
    };
    const gems = ['activerecord/lib/active_record/base.rb', 'activemodel/lib/active_model/base.rb'];

    it('in a monorepo, the one sharing the most leading folders with the test', () => {
      expect(reach('activerecord/test/cases/base_test.rb', gems)).toEqual([gems[0]]);
      expect(reach('activemodel/test/cases/base_test.rb', gems)).toEqual([gems[1]]);
    });

    it('none when two share as many folders, or none shares any', () => {
      const twins = ['gem/lib/a/base.rb', 'gem/lib/b/base.rb'];
      expect(reach('gem/test/base_test.rb', twins)).toEqual([]);
      expect(reach('test/base_test.rb', gems)).toEqual([]);
    });

    it('a lone namesake in another package is not reached; one outside any package is', () => {
      const sources = ['activesupport/lib/core_ext/symbol.rb', 'actionpack/lib/journey.rb'];
      expect(reach('actionpack/test/journey/nodes/symbol_test.rb', sources)).toEqual([]);
      expect(reach('activesupport/test/symbol_test.rb', sources)).toEqual([sources[0]]);
      expect(reach('tests/test_pricing.py', ['app/pricing.py'])).toEqual(['app/pricing.py']);
    });

    it('the same or the mirrored directory still comes first', () => {
      const sources = ['spec/models/user.rb', 'app/models/user.rb', 'spec/support/user.rb'];
      expect(reach('spec/models/user_spec.rb', sources)).toEqual(['spec/models/user.rb']);
      expect(reach('spec/models/user_spec.rb', sources.slice(1))).toEqual(['app/models/user.rb']);
    });
  });
});
