export const usage = `diligent: codebase due diligence from git history

  diligent analyze <source>... [--db DIR] [--rev REV | --until DATE] [--name NAME]
                   [--token-env VAR] [--cache DIR] [--parse-limit MB] [--identities FILE]
                   [--coverage FILE]... [--coverage-time ISO-DATE]
                   [--window 6m|1y|all] [--timings]
      Mine each source (a work tree, a bare repository, or an https:// URL) into the deal
      database DIR (default ./diligent-data). A token for private URLs is read from
      $DILIGENT_GIT_TOKEN, or from the variable --token-env names; never from the command line.
      Files over --parse-limit (default 2 MB) get line counts only. --identities corrects who
      is who (format: docs/metrics.md, "Identities file"). --coverage reads a coverage report
      (LCOV, Cobertura, JaCoCo, Clover, istanbul JSON, Go coverprofile) besides those committed
      in the repo; it counts as made at --coverage-time, else at the file's modification time.
      --window is the period risk scores
      and red flags look at (default 1y; hotspots and coupling are stored for all three).
      --timings prints how long each stage took.
  diligent query [--db DIR] [--json | --csv] "SQL"
      Read-only SQL over every repo of the deal (tables: see docs/schema.md).
  diligent people --leave EMAIL[,EMAIL...] [--db DIR] [--repo ID]... [--depth N] [--json]
      What the deal loses if these people leave: files and lines orphaned per directory, and
      the truck factor before and after.
  diligent sbom --format cyclonedx|spdx [--db DIR] [--repo ID] [--out FILE]
      The software bill of materials of the deal (or of one repo): CycloneDX 1.6 or SPDX 2.3
      JSON, on stdout or in FILE.
  diligent report --format md|html|pdf|json|csv [--db DIR] [--repo ID]... [--out PATH]
      The diligence summary of the deal (or of the repos named): executive summary and grades,
      top risks, people, appendix with definitions and the audit trail. md, html and json print
      to stdout unless --out names a file; pdf writes ./diligent-report.pdf and csv the folder
      ./diligent-report-csv (hotspots.csv, files.csv, people.csv) unless --out says otherwise.
      --json-schema prints the JSON Schema of the json format (docs/report-schema.json).
  diligent demo [--db DIR] [--port N] [--host H] [--smoke | --no-serve]
      Build the demo fixture repository, analyze it, print a summary, and serve it in the
      explorer until Ctrl-C. --smoke starts the server, checks that the UI and the API answer,
      and exits (CI); --no-serve stops after the summary.
  diligent serve [--db DIR] [--port N] [--host H] [--smoke]
      The explorer: web UI and API (OpenAPI at /api/docs) over the deal database DIR, on
      http://127.0.0.1:4321/ by default. Any host other than loopback needs a bearer token:
      $DILIGENT_TOKEN, or one generated and printed at start.
  diligent schema-docs
      Print docs/schema.md, generated from the schema in code.
`;
