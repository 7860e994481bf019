import type { AreaSummary } from '../schema/summary.ts';
import { activityRatio } from './activity-trend.ts';
import { testingValue } from './build-coverage.ts';
import { grade, gradeRules, type GradeRow } from './grade-rules.ts';

/** A shallow clone outweighs any number of warnings: its history, and every metric on it, is cut short. */
const shallowPenalty = 100;

/** One grade per area, each from one documented rule (docs/metrics.md, "Report grades"). */
export function areaGrades(area: Omit<AreaSummary, 'grades'>, warningCount: number): GradeRow[] {
  const { activity, orphaned, hotspots, truckFactor } = area;
  return [
    grade(gradeRules.keyPeople, truckFactor.value, 'no authored files'),
    grade(
      gradeRules.orphanedCode,
      orphaned.lines === 0 ? null : orphaned.orphanedLines / orphaned.lines,
      'no code lines',
    ),
    grade(
      gradeRules.activity,
      activityRatio(activity.commitsLast6Months, activity.commitsPrevious6Months),
      'no commit in the 6 months before the last 6 to compare with',
    ),
    hotspots.available
      ? grade(gradeRules.concentration, hotspots.data.concentration, 'no file changed in the window')
      : grade(gradeRules.concentration, null, 'hotspots not computed'),
    testingGrade(area.coverage),
    grade(gradeRules.dataQuality, warningCount, undefined),
  ];
}

export { shallowPenalty };

function testingGrade(coverage: AreaSummary['coverage']): GradeRow {
  const { value, basis } = testingValue(coverage);
  const row = grade(gradeRules.testing, value, basis);
  return value === null ? row : { ...row, rule: `${row.rule} [${basis}]` };
}
