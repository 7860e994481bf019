import { RepoDatabaseWriter, repoFilePath } from '@diligent/analyzers/store';

/**
 * A deal with one synthetic repo of `fileCount` files in a deep tree (10 top directories, 10 below
 * each, 10 below those, then files), each with a few commits: what the map must draw quickly. Built
 * in SQL in a second or two; the numbers are deterministic (hashes of the index), not realistic.
 */
export async function writeGeneratedDeal(dbDir: string, fileCount: number): Promise<string> {
  const repoId = 'generated';
  const writer = await RepoDatabaseWriter.create(repoFilePath(dbDir, repoId));
  const run = (sql: string) => writer.connection.run(sql);
  await run(`INSERT INTO repos VALUES ('${repoId}', '${repoId}', 'generated', 'local', 'HEAD', 'f'||repeat('0', 39),
    TIMESTAMPTZ '2025-06-01 00:00:00+00', now(), 5000, false, 'generated', 'bench', 0)`);
  await run(`CREATE TEMP TABLE gen AS SELECT i,
      'd' || (i % 10) || '/s' || (i // 10 % 10) || '/m' || (i // 100 % 10) || '/p' || (i // 1000 % 10) || '/file' || i || '.ts' AS path,
      (hash(i) % 400 + 5)::INTEGER AS lines, (hash(i * 7) % 30)::INTEGER AS changes
    FROM range(${fileCount}) t(i)`);
  await run(`INSERT INTO files (repo_id, path, kind, mode, object_id, size, language, is_binary, category,
      code_lines, comment_lines, blank_lines, function_count, cyclomatic_sum, cyclomatic_max, measure_status)
    SELECT '${repoId}', path, 'file', '100644', md5(path), lines * 30, 'TypeScript', false, 'source',
      lines, 0, 0, lines // 20, lines // 4, lines // 10, 'measured' FROM gen`);
  await run(`INSERT INTO commits (repo_id, sha, parents, is_merge, author_id, author_name, author_email, author_name_raw,
      author_email_raw, authored_at, committer_name, committer_email, committer_name_raw, committer_email_raw,
      committed_at, subject, body)
    SELECT '${repoId}', 'c' || n, [], false, 'dev' || (n % 40) || '@example.com', 'Dev ' || (n % 40), 'dev' || (n % 40) || '@example.com',
      'Dev', 'dev@example.com', TIMESTAMPTZ '2025-06-01 00:00:00+00' - to_days(n::INTEGER // 5),
      'Dev', 'dev@example.com', 'Dev', 'dev@example.com', TIMESTAMPTZ '2025-06-01 00:00:00+00' - to_days(n::INTEGER // 5), 'change', ''
    FROM range(5000) t(n)`);
  await run(`INSERT INTO file_changes (repo_id, sha, path, added, deleted, is_binary)
    SELECT '${repoId}', 'c' || ((i * 31 + k * 997) % 5000), path, 3, 1, false
    FROM gen, range(30) r(k) WHERE k < changes`);
  await run('DROP TABLE gen');
  await writer.commit();
  return repoId;
}
