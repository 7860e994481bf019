import type { Static } from '@sinclair/typebox';
import type { DealReader } from '@diligent/analyzers/store';
import { readFileFacts } from '../../queries/file-facts.ts';
import { readPeopleRows } from '../../queries/people-rows.ts';
import { readWindowHotspots } from '../../queries/window-hotspots.ts';
import type { DetailTables } from '../schema/tables.ts';
import { round } from './build-people-section.ts';

export async function buildDetailTables(
  reader: DealReader,
  repoIds: readonly string[],
): Promise<Static<typeof DetailTables>> {
  const hotspots = await readWindowHotspots(reader, repoIds);
  const files = await readFileFacts(reader, repoIds);
  const people = await readPeopleRows(reader, repoIds);
  return {
    hotspots: hotspots.map((h) => ({
      repoId: h.repo_id,
      window: h.time_window,
      rank: h.rank,
      path: h.path,
      score: round(h.score),
      windowCommits: h.window_commits,
      fixCommits: h.fix_commits,
      authors: h.authors,
      complexity: h.complexity,
      complexitySource: h.complexity_source,
      codeLines: h.code_lines,
      isTop: h.is_top,
    })),
    files: files.map((f) => ({
      repoId: f.repo_id,
      path: f.path,
      language: f.language,
      category: f.category,
      codeLines: f.code_lines,
      cyclomaticMax: f.cyclomatic_max,
      cognitiveMax: f.cognitive_max,
      measureStatus: f.measure_status,
      revisions: f.revisions,
      changesLastYear: f.changes_last_year,
      mainDeveloper: f.main_dev,
      authors: f.authors,
      isHotspot: f.is_hotspot,
      isOrphaned: f.is_orphaned,
      riskScore: f.risk_score === null ? null : round(f.risk_score),
      riskRank: f.risk_rank,
    })),
    people: people.map((p) => ({
      repoId: p.repo_id,
      knowledgeRank: p.knowledge_rank,
      personId: p.person_id,
      name: p.name,
      status: p.status,
      commits: p.commit_count,
      firstCommitAt: p.first_commit_at?.toISOString() ?? null,
      lastCommitAt: p.last_commit_at?.toISOString() ?? null,
      commitsLastYear: p.commits_last_year,
      filesAuthored: p.files_authored,
      hotspotFilesAuthored: p.hotspot_files_authored,
      linesAuthored: p.lines_authored,
      knowledgeShare: round(p.knowledge_share),
    })),
  };
}
