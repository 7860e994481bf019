import { analysisWarnings, coverageReports, coverageUnmapped, fileCoverage } from '../../schema/index.ts';
import type { RepoDatabaseWriter, TableAppender } from '../../store/index.ts';
import { parseReport, type ParseOutcome } from '../parse/parse-report.ts';
import type { ReportFile, ReportFormat } from '../parse/report-file.ts';
import type { ReportInput } from './report-input.ts';
import type { ReportPathMapper } from './report-path-mapper.ts';

interface Appenders {
  files: TableAppender<typeof fileCoverage>;
  unmapped: TableAppender<typeof coverageUnmapped>;
  reports: TableAppender<typeof coverageReports>;
  warnings: TableAppender<typeof analysisWarnings>;
}

interface Tally {
  files: number;
  mapped: Set<string>;
  unmapped: number;
}

/** Reads reports one at a time and appends their rows; counts the warnings it writes. */
export class ReportWriter {
  warningCount = 0;

  private constructor(
    private readonly repoId: string,
    private readonly mapper: ReportPathMapper,
    private readonly out: Appenders,
  ) {}

  static async open(
    writer: RepoDatabaseWriter,
    repoId: string,
    mapper: ReportPathMapper,
  ): Promise<ReportWriter> {
    return new ReportWriter(repoId, mapper, {
      files: await writer.appender(fileCoverage),
      unmapped: await writer.appender(coverageUnmapped),
      reports: await writer.appender(coverageReports),
      warnings: await writer.appender(analysisWarnings),
    });
  }

  async read(input: ReportInput): Promise<void> {
    const text = await input.open();
    if ('status' in text) return this.finish(input, { format: null, ...text }, emptyTally());
    const tally = emptyTally();
    const outcome = await parseReport(text, input.fileName, (file, format) =>
      this.append(input, file, format, tally),
    );
    if (outcome.status === 'unknown-format' && input.generic) return;
    this.finish(input, outcome, tally);
  }

  private append(input: ReportInput, file: ReportFile, format: ReportFormat, tally: Tally): void {
    tally.files += 1;
    const mapping = this.mapper.map(file.reportPath, input.directory);
    const duplicate = mapping.kind === 'mapped' && tally.mapped.has(mapping.path);
    if (mapping.kind === 'mapped' && !duplicate) {
      tally.mapped.add(mapping.path);
      this.out.files.append(this.coverageRow(input, mapping.path, file, format));
      return;
    }
    tally.unmapped += 1;
    this.out.unmapped.append({
      repo_id: this.repoId,
      source: input.source,
      report_path: file.reportPath,
      reason: duplicate ? 'duplicate' : mapping.kind,
      candidates: mapping.kind === 'ambiguous' ? mapping.candidates : duplicate ? 1 : 0,
      lines_found: file.linesFound,
      lines_hit: file.linesHit,
    });
  }

  private coverageRow(input: ReportInput, path: string, file: ReportFile, format: ReportFormat) {
    const { linesFound, linesHit } = file;
    return {
      repo_id: this.repoId,
      path,
      source: input.source,
      origin: input.origin,
      format,
      report_path: file.reportPath,
      lines_found: linesFound,
      lines_hit: linesHit,
      branches_found: file.branchesFound,
      branches_hit: file.branchesHit,
      functions_found: file.functionsFound,
      functions_hit: file.functionsHit,
      statements_found: file.statementsFound,
      statements_hit: file.statementsHit,
      line_coverage:
        linesFound !== null && linesHit !== null && linesFound > 0 ? linesHit / linesFound : null,
      report_time: input.reportTime,
      file_changed_at: null,
      is_stale: false,
    };
  }

  private finish(
    input: ReportInput,
    outcome: Omit<ParseOutcome, 'status'> & { status: string },
    tally: Tally,
  ): void {
    const { repoId } = this;
    this.out.reports.append({
      repo_id: repoId,
      source: input.source,
      origin: input.origin,
      format: outcome.format,
      report_time: input.reportTime,
      status: outcome.status,
      message: outcome.message,
      report_files: tally.files,
      mapped_files: tally.mapped.size,
      unmapped_files: tally.unmapped,
    });
    if (outcome.status !== 'parsed')
      this.warn(input, 'coverage-report', `${outcome.status}: ${outcome.message ?? ''}`);
    if (tally.unmapped > 0)
      this.warn(
        input,
        'coverage-unmapped',
        `${tally.unmapped} of ${tally.files} report paths match no file (coverage_unmapped)`,
      );
  }

  private warn(input: ReportInput, kind: string, message: string): void {
    this.warningCount += 1;
    this.out.warnings.append({ repo_id: this.repoId, kind, sha: null, path: input.source, message });
  }
}

function emptyTally(): Tally {
  return { files: 0, mapped: new Set(), unmapped: 0 };
}
