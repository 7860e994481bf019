import { api } from '../api/client.ts';
import { useFetch } from '../api/use-fetch.ts';
import { BarChart } from '../charts/BarChart.tsx';
import type { ViewProps } from './RepoPage.tsx';

export function TrendsView({ state }: ViewProps) {
  const trends = useFetch(`trends:${state.repo}`, () => api.trends(state.repo));
  if (trends.state !== 'ready') return <p>{trends.state === 'error' ? trends.message : 'Loading trends…'}</p>;
  const months = trends.data;
  return (
    <div data-testid="trends-view" className="trends">
      <BarChart
        width={900}
        height={160}
        title="Commits per month"
        bars={months.map((m) => ({ label: m.month, value: m.commits }))}
      />
      <BarChart
        width={900}
        height={160}
        color="#54a24b"
        title="Contributors per month"
        bars={months.map((m) => ({ label: m.month, value: m.contributors }))}
      />
      <BarChart
        width={900}
        height={160}
        color="#f58518"
        title="Lines added per month"
        bars={months.map((m) => ({ label: m.month, value: m.added }))}
      />
      <BarChart
        width={900}
        height={160}
        color="#e45756"
        title="Lines deleted per month"
        bars={months.map((m) => ({ label: m.month, value: m.deleted }))}
      />
    </div>
  );
}
