/**
 * cloc's `matlab_or_objective_C` for `.m` files: MATLAB, Mathematica, Objective-C, MUMPS or
 * Mercury, by points per telltale line, ported line for line (odd corners included, such as
 * `^\sK` for MUMPS' Kill).
 */
import { bestScore, perl } from './raw-lines.ts';

export function matlabFamily(lines: readonly string[]): string {
  const points = { MATLAB: 0, Mathematica: 0, MUMPS: 0, 'Objective-C': 0, Mercury: 0 };
  for (const [index, line] of lines.entries()) {
    if (index === 0 && perl('^[A-Z]').test(line)) points.MUMPS += 1;
    if (perl('^\\s*/\\*').test(line) || perl('^\\s*//').test(line)) {
      points['Objective-C'] += 5;
      points.MATLAB -= 5;
    } else if (perl('^:-\\s+').test(line)) {
      points.Mercury = 1000;
      break;
    } else if (perl('\\w+\\s*=\\s*\\[').test(line)) points.MATLAB += 5;
    scoreMathematicaOrMumps(line, points);
    if (perl('^\\s*#(include|import)').test(line)) {
      points['Objective-C'] = 1000;
      points.MATLAB = 0;
      break;
    }
    if (perl('^\\s*@(interface|implementation|protocol|public|protected|private|end)\\s').test(line)) {
      points['Objective-C'] = 1000;
      points.MATLAB = 0;
      break;
    }
    scoreMatlabLine(line, points);
  }
  return bestScore(points);
}

type MatlabPoints = Record<'MATLAB' | 'Mathematica' | 'MUMPS' | 'Objective-C' | 'Mercury', number>;

function scoreMathematicaOrMumps(line: string, points: MatlabPoints): void {
  const twoWords = perl('^\\s*\\.?(\\w)\\s+(\\w)').exec(line);
  if (perl('\\w+\\[').test(line)) points.Mathematica += 2;
  else if (perl('^\\s*\\w+\\s*=\\s*').test(line)) points.MUMPS -= 1;
  else if (twoWords && !/\d/.test(twoWords[1] ?? '') && !/\d/.test(twoWords[2] ?? '')) points.MUMPS += 1;
  else if (perl('^\\s*;').test(line)) points.MUMPS += 1;
}

function scoreMatlabLine(line: string, points: MatlabPoints): void {
  if (perl('^\\s*BeginPackage').test(line)) points.Mathematica += 2;
  else if (perl('^\\s*\\[').test(line)) points.MATLAB += 5;
  else if (perl('^\\sK(ill)?\\s+').test(line)) points.MUMPS += 5;
  else if (perl('^\\s*function').test(line) || perl('^\\s*%').test(line)) {
    points['Objective-C'] -= 1;
    points.MATLAB += 1;
  }
}
