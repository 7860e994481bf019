import { defaultActiveMonths } from '@diligent/analyzers/people';
import { gradeRules } from './grade-rules.ts';

/** How many rows the ranked lists keep. */
export const reportLimits = { topRisks: 10, keyPeople: 10, orphanedDirectories: 5 } as const;

/** The thresholds behind the report's numbers, listed in its appendix. */
export function thresholds(): { name: string; value: string; meaning: string }[] {
  const rows = [
    {
      name: 'active months',
      value: String(defaultActiveMonths),
      meaning: 'A person with no commit for this long before the pinned commit is former.',
    },
    {
      name: 'hotspot (ownership)',
      value: 'changes_last_year ≥ max(2, p90)',
      meaning: 'Files changed most in the 365 days before the pinned commit (key-people weights).',
    },
    {
      name: 'top hotspots',
      value: 'top 5% of files',
      meaning: 'The files hotspot concentration measures, in the configured window (1y by default).',
    },
    {
      name: 'truck factor',
      value: '> 50% of files',
      meaning: 'People are removed until more than half of the files have no author left.',
    },
    {
      name: 'activity windows',
      value: '182 days',
      meaning: 'The last 6 months and the 6 months before, counted back from each pinned commit.',
    },
    {
      name: 'trend',
      value: '≥ 1.25 growing, ≤ 0.75 declining',
      meaning: 'Ratio of commits in the 6 months before the pinned commit to the 6 months before those.',
    },
    {
      name: 'top risks',
      value: String(reportLimits.topRisks),
      meaning: 'Files listed in the ranked risk list.',
    },
  ];
  const grades = Object.values(gradeRules).map((rule) => ({
    name: `grade: ${rule.area}`,
    value: rule.cutoffs.map((cut, i) => `${'ABCD'[i]} ${rule.higherIsBetter ? '≥' : '≤'} ${cut}`).join(', '),
    meaning: rule.measure,
  }));
  return [...rows, ...grades];
}
