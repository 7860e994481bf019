/**
 * How much each factor weighs in a file's risk score (docs/metrics.md, "Risk"). Change pressure
 * weighs double: complex, untested, thinly known code that nobody touches is a smaller risk than
 * the same code changing every week. A factor that cannot be known (coverage without test data) is
 * left out and the others' weights renormalised.
 */
export const riskWeights = { hotspot: 0.4, complexity: 0.2, coverage: 0.2, knowledge: 0.2 } as const;

export const riskWeightParams = {
  w_hotspot: riskWeights.hotspot,
  w_complexity: riskWeights.complexity,
  w_coverage: riskWeights.coverage,
  w_knowledge: riskWeights.knowledge,
};
