import { api } from '../api/client.ts';
import { useFetch } from '../api/use-fetch.ts';
import { useFileDefinitions } from '../api/use-definitions.ts';
import type { FileDetail } from '../api/types.ts';
import { BarChart } from '../charts/BarChart.tsx';
import { formatDate, formatDecimal, formatNumber, formatPercent } from './format.ts';

const shown: { key: keyof FileDetail; label: string; format?: (v: never) => string }[] = [
  { key: 'code_lines', label: 'Code lines' },
  { key: 'language', label: 'Language' },
  { key: 'category', label: 'Category' },
  { key: 'commits', label: 'Commits (all time)' },
  { key: 'changes_last_year', label: 'Changes last year' },
  { key: 'function_count', label: 'Functions' },
  { key: 'cyclomatic_sum', label: 'Cyclomatic (sum)' },
  { key: 'cyclomatic_max', label: 'Cyclomatic (max)' },
  { key: 'cognitive_max', label: 'Cognitive (max)' },
  { key: 'main_dev', label: 'Main developer' },
  { key: 'ownership', label: 'Ownership', format: (v: number | null) => formatPercent(v) },
  { key: 'fragmentation', label: 'Fragmentation', format: (v: number | null) => formatDecimal(v) },
  { key: 'contributor_count', label: 'Contributors' },
  { key: 'is_orphaned', label: 'Orphaned' },
  { key: 'is_hotspot', label: 'Hotspot' },
  { key: 'fan_in', label: 'Imported by' },
  { key: 'coverage_source', label: 'Coverage source' },
  { key: 'line_coverage', label: 'Line coverage (report)', format: (v: number | null) => formatPercent(v) },
  { key: 'tested_by', label: 'Reached by tests' },
  { key: 'first_changed_at', label: 'Created', format: (v: string | null) => formatDate(v) },
  { key: 'last_changed_at', label: 'Last changed', format: (v: string | null) => formatDate(v) },
  { key: 'measure_status', label: 'Measured' },
  { key: 'risk_score', label: 'Risk score', format: (v: number | null) => formatDecimal(v, 0) },
];

function display(value: unknown): string {
  if (value === null || value === undefined) return '–';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return formatNumber(value);
  return String(value);
}

export function FilePanel({
  repo,
  path,
  onClose,
  onOpen,
}: {
  repo: string;
  path: string;
  onClose(): void;
  onOpen(path: string): void;
}) {
  const loaded = useFetch(`file:${repo}:${path}`, () => api.file(repo, path));
  const definitions = useFileDefinitions();
  if (loaded.state === 'loading') return <p>Loading {path}…</p>;
  if (loaded.state === 'error') return <p className="error">{loaded.message}</p>;
  const { file, functions, monthly, authors, coupled, warnings } = loaded.data;
  return (
    <div className="file-panel" data-testid="file-panel">
      <div className="panel-head">
        <h2 data-testid="file-path">{file.path}</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <dl className="metrics">
        {shown.map(({ key, label, format }) => (
          <div key={key} title={definitions[key] ?? ''} data-testid={`metric-${key}`}>
            <dt>{label}</dt>
            <dd>{format ? format(file[key] as never) : display(file[key])}</dd>
          </div>
        ))}
      </dl>
      {file.risk_explanation && <p className="risk-note">{file.risk_explanation}</p>}
      <h3>Changes per month</h3>
      <BarChart title="Commits per month" bars={monthly.map((m) => ({ label: m.month, value: m.commits }))} />
      <h3>Functions by complexity</h3>
      <table className="grid small" data-testid="file-functions">
        <thead>
          <tr>
            <th>Function</th>
            <th title="Cyclomatic complexity">Cyclomatic</th>
            <th title="Cognitive complexity">Cognitive</th>
            <th>Lines</th>
            <th>Starts</th>
          </tr>
        </thead>
        <tbody>
          {functions.slice(0, 30).map((f) => (
            <tr key={`${f.name}:${f.start_line}`}>
              <td>{f.name}</td>
              <td className="num">{f.cyclomatic}</td>
              <td className="num">{f.cognitive}</td>
              <td className="num">{f.code_lines}</td>
              <td className="num">{f.start_line}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Authors</h3>
      <table className="grid small" data-testid="file-authors">
        <thead>
          <tr>
            <th>Person</th>
            <th title="Degree of authorship, normalized to the file's top author (1 = top)">DOA</th>
            <th title="DOA author: normalized DOA > 0.75 and DOA ≥ 3.293">Author</th>
            <th>Changes</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {authors.map((a) => (
            <tr key={a.person_id}>
              <td title={a.person_id}>{a.name}</td>
              <td className="num">{formatDecimal(a.doa_normalized)}</td>
              <td>{a.is_author ? 'yes' : ''}</td>
              <td className="num">{a.changes}</td>
              <td className={a.status === 'former' ? 'former' : ''}>{a.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Coupled files</h3>
      {coupled.length === 0 ? (
        <p className="muted">
          No file changes with it in 5 or more commits at a degree of 30% (configured window).
        </p>
      ) : (
        <ul className="coupled">
          {coupled.map((c) => (
            <li key={c.path}>
              <button type="button" className="link" onClick={() => onOpen(c.path)}>
                {c.path}
              </button>{' '}
              <span className="muted">
                {c.degree}% · {c.shared_commits} shared commits ({c.time_window})
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3>Warnings</h3>
      {warnings.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul>
          {warnings.map((w, i) => (
            <li key={i}>
              {w.kind}: {w.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
