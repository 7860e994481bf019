import type { DepartureImpact, DepartureSimulation, TruckFactorChange } from '@diligent/analyzers/people';

/** The off-boarding simulation as text: who leaves, the truck factors, then orphaned code by scope. */
export function formatDepartures(simulation: DepartureSimulation, depth: number): string {
  const lines = simulation.leaving.map((p) => `leaving: ${p.name} <${p.person_id}> (${p.repo_id})`);
  if (simulation.unknownEmails.length > 0)
    lines.push(`nobody found for: ${simulation.unknownEmails.join(', ')}`);
  for (const change of simulation.truckFactors) lines.push(truckFactorLine(change));
  const shown = simulation.impacts.filter((impact) => depthOf(impact.scope) <= depth);
  if (shown.length > 0) lines.push('', ...impactTable(shown));
  return `${lines.join('\n')}\n`;
}

function truckFactorLine({ repoId, before, after }: TruckFactorChange): string {
  const people = after.people.length > 0 ? ` (${after.people.join(', ')})` : '';
  return `${repoId ?? 'deal'}: truck factor ${before.truckFactor} -> ${after.truckFactor}${people}`;
}

function depthOf(scope: string): number {
  return scope === 'repo' ? 0 : scope.split('/').length - 1;
}

function impactTable(impacts: DepartureImpact[]): string[] {
  const rows = impacts.map((i) => [
    i.repo_id,
    i.scope,
    `${i.orphaned_files_before} -> ${i.orphaned_files_after} of ${i.file_count}`,
    `${i.orphaned_lines_before} -> ${i.orphaned_lines_after} of ${i.line_count}`,
  ]);
  const table = [['repo', 'scope', 'orphaned files', 'orphaned lines'], ...rows];
  const widths = table[0]?.map((_, c) => Math.max(...table.map((row) => (row[c] ?? '').length))) ?? [];
  return table.map((row) =>
    row
      .map((cell, c) => cell.padEnd(widths[c] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}
