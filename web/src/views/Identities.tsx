import { api } from '../api/client.ts';
import { useFetch } from '../api/use-fetch.ts';

/** Every name and email seen in the history and the person it was merged into, with the rule used. */
export function Identities({ repo }: { repo: string }) {
  const identities = useFetch(`identities:${repo}`, () => api.identities(repo));
  if (identities.state !== 'ready') return null;
  return (
    <details className="identities" data-testid="identities">
      <summary>Identities ({identities.data.length}): what was merged</summary>
      <table className="grid small">
        <thead>
          <tr>
            <th>Identity</th>
            <th>Person</th>
            <th>Kind</th>
            <th>Rule</th>
          </tr>
        </thead>
        <tbody>
          {identities.data.map((i) => (
            <tr key={i.author_id}>
              <td>{i.author_id}</td>
              <td>{i.person_name}</td>
              <td>{i.kind}</td>
              <td>{i.rule}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
