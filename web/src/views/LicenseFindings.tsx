import { api } from '../api/client.ts';
import { useFetch } from '../api/use-fetch.ts';

/** Copyleft and unknown licenses of the repo (`license_findings`), most severe first. */
export function LicenseFindings({ repo }: { repo: string }) {
  const findings = useFetch(`license-findings:${repo}`, () => api.licenseFindings(repo));
  if (findings.state !== 'ready') return null;
  return (
    <div data-testid="license-findings">
      <h2>License findings ({findings.data.length})</h2>
      {findings.data.length === 0 ? (
        <p className="muted">No copyleft or unidentified license found.</p>
      ) : (
        <table className="grid small">
          <thead>
            <tr>
              <th>Severity</th>
              <th>License</th>
              <th>Class</th>
              <th>Where</th>
              <th>Finding</th>
            </tr>
          </thead>
          <tbody>
            {findings.data.map((f) => (
              <tr key={`${f.code}|${f.path}|${f.component}|${f.license_id ?? ''}`}>
                <td>{f.severity}</td>
                <td>{f.license_id ?? 'unknown'}</td>
                <td>{f.license_class}</td>
                <td>{f.path}</td>
                <td>{f.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
