export const usage = `diligent: codebase due diligence from git history

  diligent analyze <source>... [--db DIR] [--rev REV | --until DATE] [--name NAME]
                   [--token-env VAR] [--cache DIR] [--parse-limit MB] [--identities FILE]
                   [--window 6m|1y|all] [--timings]
      Mine each source (a work tree, a bare repository, or an https:// URL) into the deal
      database DIR (default ./diligent-data). A token for private URLs is read from
      $DILIGENT_GIT_TOKEN, or from the variable --token-env names; never from the command line.
      Files over --parse-limit (default 2 MB) get line counts only. --identities corrects who
      is who (format: docs/metrics.md, "Identities file"). --window is the period risk scores
      and red flags look at (default 1y; hotspots and coupling are stored for all three).
      --timings prints how long each stage took.
  diligent query [--db DIR] [--json | --csv] "SQL"
      Read-only SQL over every repo of the deal (tables: see docs/schema.md).
  diligent people --leave EMAIL[,EMAIL...] [--db DIR] [--repo ID]... [--depth N] [--json]
      What the deal loses if these people leave: files and lines orphaned per directory, and
      the truck factor before and after.
  diligent report --format md|html|pdf|json|csv [--db DIR] [--repo ID]... [--out PATH]
      The diligence summary of the deal (or of the repos named): executive summary and grades,
      top risks, people, appendix with definitions and the audit trail. md, html and json print
      to stdout unless --out names a file; pdf writes ./diligent-report.pdf and csv the folder
      ./diligent-report-csv (hotspots.csv, files.csv, people.csv) unless --out says otherwise.
      --json-schema prints the JSON Schema of the json format (docs/report-schema.json).
  diligent demo [--db DIR]
      Build the demo fixture repository, analyze it, and print a summary.
  diligent schema-docs
      Print docs/schema.md, generated from the schema in code.
`;
