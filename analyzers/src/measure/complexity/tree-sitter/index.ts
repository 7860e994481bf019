import type { ComplexityResult, MeasureComplexity } from '../../types.ts';
import { toolsFor } from './parser-for-language.ts';
import { walkUnits } from './walk-units.ts';

export { supportedLanguages } from './parser-for-language.ts';

/**
 * Per-function cyclomatic (as lizard counts it) and cognitive (Campbell's specification)
 * complexity for Python, Go, Java, C#, Rust, Ruby, PHP, C and C++, with tree-sitter. `language` is
 * cloc's name; other languages give an empty result. docs/metrics.md has the rules per language.
 */
export const measureWithTreeSitter: MeasureComplexity = (source, language) => {
  const tools = toolsFor(language);
  if (tools === null) return { functions: [], hasSyntaxErrors: false };
  const tree = tools.parser.parse(source);
  const result: ComplexityResult = {
    functions: walkUnits(tree, source, tools.types),
    hasSyntaxErrors: tree.rootNode.hasError,
  };
  return result;
};
