import { scaleOrdinal } from 'd3-scale';
import type { RepoLanguage } from '../api/types.ts';

const color = scaleOrdinal<string, string>().range([
  '#3178c6',
  '#f1e05a',
  '#3572a5',
  '#b07219',
  '#00add8',
  '#178600',
  '#dea584',
  '#701516',
  '#4f5d95',
  '#999',
]);

/** Code size by language as one stacked bar, the top languages named. */
export function LanguageBar({ languages }: { languages: RepoLanguage[] }) {
  const total = languages.reduce((sum, l) => sum + l.code_lines, 0) || 1;
  return (
    <div className="langs" title={languages.map((l) => `${l.language}: ${l.code_lines} lines`).join('\n')}>
      <div className="lang-bar">
        {languages.map((l) => (
          <span
            key={l.language}
            style={{ width: `${(l.code_lines / total) * 100}%`, background: color(l.language) }}
          />
        ))}
      </div>
      <div className="lang-names">
        {languages
          .slice(0, 3)
          .map((l) => `${l.language} ${Math.round((l.code_lines / total) * 100)}%`)
          .join(' · ')}
      </div>
    </div>
  );
}
