import { basename } from 'node:path';
import tsParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';
import { rules as sonarRules } from 'eslint-plugin-sonarjs';
import { builtinRules } from 'eslint/use-at-your-own-risk';

/**
 * The reference numbers for the ECMAScript complexity analyzer: ESLint's `complexity` rule (classic)
 * and eslint-plugin-sonarjs's `cognitive-complexity`, run through ESLint's Linter with thresholds of
 * 0 so that every unit is reported. Each rule runs twice: as itself, and wrapped so that every report
 * is tied to the node it is about (sonarjs reports a location, not a node: the wrapper knows which
 * function is being left when it reports). The wrapped messages must equal the real ones.
 */
export interface ReferenceUnit {
  startLine: number;
  startColumn: number;
  endLine: number;
  params: number;
  cyclomatic: number;
  cognitive: number;
}

interface Report {
  node: Rule.Node;
  /** The message's `name` ('Class field initializer', "Method 'm'") for complexity; absent for sonarjs. */
  name: string | undefined;
  value: number;
}

function found(rule: Rule.RuleModule | undefined, name: string): Rule.RuleModule {
  if (!rule) throw new Error(`rule ${name} not found`);
  return rule;
}

const complexityRule = found(builtinRules.get('complexity'), 'complexity');
const cognitiveRule = found(sonarRules['cognitive-complexity'], 'sonarjs/cognitive-complexity');

/** Nodes handed to rules carry their parent. */
function isRuleNode(node: object): node is Rule.Node {
  return 'parent' in node;
}

function recording(rule: Rule.RuleModule, reports: Report[], valueKey: string): Rule.RuleModule {
  return {
    meta: rule.meta,
    create(context) {
      let exitingFunction: Rule.Node | null = null;
      const report = (descriptor: Rule.ReportDescriptor & { data?: Record<string, unknown> }) => {
        const node = 'node' in descriptor ? descriptor.node : exitingFunction;
        if (!node || !isRuleNode(node))
          throw new Error(`report without a node: ${JSON.stringify(descriptor.data)}`);
        const name = descriptor.data?.name;
        const value = Number(descriptor.data?.[valueKey]);
        reports.push({ node, name: typeof name === 'string' ? name : undefined, value });
        context.report(descriptor);
      };
      const listeners = rule.create(Object.create(context, { report: { value: report } }));
      const leaveFunction: unknown = listeners[':function:exit'];
      if (typeof leaveFunction === 'function') {
        listeners[':function:exit'] = (node: Rule.Node) => {
          exitingFunction = node;
          Reflect.apply(leaveFunction, listeners, [node]);
          exitingFunction = null;
        };
      }
      return listeners;
    },
  };
}

interface Lint {
  complexity: Report[];
  cognitive: Report[];
}

const linter = new Linter({ configType: 'flat' });

function lint(source: string, path: string): Lint {
  const reports: Lint = { complexity: [], cognitive: [] };
  const config: Linter.Config = {
    files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
    languageOptions: {
      parser: tsParser,
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: !/\.[mc]?ts$/.test(path) } },
    },
    plugins: {
      sonarjs: { rules: { 'cognitive-complexity': cognitiveRule } },
      recorded: {
        rules: {
          complexity: recording(complexityRule, reports.complexity, 'complexity'),
          'cognitive-complexity': recording(cognitiveRule, reports.cognitive, 'complexityAmount'),
        },
      },
    },
    rules: {
      complexity: ['error', { max: 0, variant: 'classic' }],
      'sonarjs/cognitive-complexity': ['error', 0],
      'recorded/complexity': ['error', { max: 0, variant: 'classic' }],
      'recorded/cognitive-complexity': ['error', 0],
    },
  };
  // Inline config off: an `eslint-disable` comment in the measured code must not silence the reference.
  const filename = basename(path); // outside node_modules, inside the config's `files`
  const messages = linter.verify(source, [config], { filename, allowInlineConfig: false });
  const failure = messages.find((m) => m.fatal || m.ruleId === null);
  if (failure) throw new Error(`${path}:${failure.line}:${failure.column} ${failure.message}`);
  assertSameMessages(messages, 'complexity', 'recorded/complexity');
  assertSameMessages(messages, 'sonarjs/cognitive-complexity', 'recorded/cognitive-complexity');
  return reports;
}

function assertSameMessages(messages: Linter.LintMessage[], ruleId: string, recordedId: string): void {
  const of = (id: string) =>
    messages
      .filter((m) => m.ruleId === id)
      .map((m) => `${m.line}:${m.column} ${m.message}`)
      .sort();
  const [real, recorded] = [of(ruleId), of(recordedId)];
  if (real.join('\n') !== recorded.join('\n')) throw new Error(`${recordedId} does not report as ${ruleId}`);
}

function rangeOf(node: Rule.Node): [number, number] {
  if (!node.range) throw new Error(`${node.type} without a range`);
  return node.range;
}

/**
 * sonarjs scores no field initializer or static block of its own (their points go to the function
 * around the class, if any). For those units we take sonarjs's score of the same code moved into a
 * method: `return (initializer)`, or the block's statements as the method's body.
 */
function rehostedCognitive(source: string, path: string, node: Rule.Node): number {
  const [start, end] = rangeOf(node);
  const text = source.replace(/^\uFEFF/, '').slice(start, end); // ESLint's ranges skip a byte-order mark
  const method =
    node.type === 'StaticBlock'
      ? `static probe() ${text.replace(/^static/, '')}`
      : `probe() { return (${text}); }`;
  const { cognitive } = lint(`class Probe { ${method} }`, path);
  return cognitive.find((r) => r.node.parent?.type === 'MethodDefinition')?.value ?? 0;
}

function paramCount(node: Rule.Node): number {
  if (!('params' in node)) return 0;
  return node.params.filter((p) => !(p.type === 'Identifier' && p.name === 'this')).length;
}

/** Every unit ESLint reports, with sonarjs's score joined on the function node. */
export function referenceUnits(source: string, path: string): ReferenceUnit[] {
  const { complexity, cognitive } = lint(source, path);
  const cognitiveByFunction = new Map(cognitive.map((r) => [r.node, r.value]));
  const units: ReferenceUnit[] = [];
  for (const { node, name, value } of complexity) {
    const isField = name === 'Class field initializer';
    // Our unit rule: an initializer without logic of its own (`count = 0`, `handler = () => …`) is no unit.
    if (isField && value === 1) continue;
    const ownUnit = isField || name === 'Class static block';
    units.push({
      startLine: node.loc?.start.line ?? 0,
      startColumn: (node.loc?.start.column ?? 0) + 1,
      endLine: node.loc?.end.line ?? 0,
      params: paramCount(node),
      cyclomatic: value,
      cognitive: ownUnit ? rehostedCognitive(source, path, node) : (cognitiveByFunction.get(node) ?? 0),
    });
    cognitiveByFunction.delete(node);
  }
  if (cognitiveByFunction.size > 0)
    throw new Error(`${path}: sonarjs scored a function ESLint did not report`);
  return units.sort((a, b) => a.startLine - b.startLine || a.startColumn - b.startColumn);
}
