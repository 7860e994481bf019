export { writeRiskTables } from './write-risk-tables.ts';
export type { RiskOptions } from './risk-options.ts';
export { riskWindows, defaultRiskWindow, parseRiskWindow, type RiskWindow } from './risk-window.ts';
export { fixMessagePattern } from './fix-message.ts';
export { redFlagThresholds } from './red-flags/red-flag-thresholds.ts';
export { dealRedFlags } from './deal/deal-red-flags.ts';
