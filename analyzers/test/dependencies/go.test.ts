import { describe, expect, it } from 'vitest';
import { compact, inventoryOf, malformedReason, parseAs } from './support/manifest-fixtures.ts';

describe('Go modules', () => {
  it('reads go.mod require blocks and lines; // indirect is transitive', () => {
    expect(compact(parseAs('go.mod', 'go/go.mod').dependencies)).toEqual([
      'github.com/gin-gonic/gin v1.9.1 resolved direct runtime',
      'github.com/stretchr/testify v1.8.4 resolved direct runtime',
      'golang.org/x/net v0.19.0 resolved transitive runtime',
      'github.com/google/uuid v1.5.0 resolved direct runtime',
    ]);
  });

  it('reads go.sum modules with content hashes only', () => {
    expect(compact(parseAs('go.sum', 'go/go.sum').dependencies)).toEqual([
      'github.com/gin-gonic/gin v1.9.0 resolved transitive ?',
      'github.com/gin-gonic/gin v1.9.1 resolved transitive ?',
      'github.com/google/uuid v1.5.0 resolved transitive ?',
      'github.com/davecgh/go-spew v1.1.1 resolved transitive ?',
    ]);
  });

  it('adds from go.sum only the modules go.mod does not name', () => {
    expect(inventoryOf({ 'g/go.mod': 'go/go.mod', 'g/go.sum': 'go/go.sum' })).toEqual([
      'g/go.mod golang github.com/gin-gonic/gin v1.9.1 direct runtime pkg:golang/github.com/gin-gonic/gin@v1.9.1',
      'g/go.mod golang github.com/google/uuid v1.5.0 direct runtime pkg:golang/github.com/google/uuid@v1.5.0',
      'g/go.mod golang github.com/stretchr/testify v1.8.4 direct runtime pkg:golang/github.com/stretchr/testify@v1.8.4',
      'g/go.mod golang golang.org/x/net v0.19.0 transitive runtime pkg:golang/golang.org/x/net@v0.19.0',
      'g/go.sum golang github.com/davecgh/go-spew v1.1.1 transitive runtime pkg:golang/github.com/davecgh/go-spew@v1.1.1',
    ]);
  });

  it('rejects a require line without a version', () => {
    expect(malformedReason('go.mod', 'go/malformed-go.mod')).toBe(
      'go.mod line 4: cannot read require "github.com/a/b"',
    );
  });
});
