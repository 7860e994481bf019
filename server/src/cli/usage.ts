export const usage = `diligent: codebase due diligence from git history

  diligent analyze <source>... [--db DIR] [--rev REV | --until DATE] [--name NAME]
                   [--token-env VAR] [--cache DIR]
      Mine each source (a work tree, a bare repository, or an https:// URL) into the deal
      database DIR (default ./diligent-data). A token for private URLs is read from
      $DILIGENT_GIT_TOKEN, or from the variable --token-env names; never from the command line.
  diligent query [--db DIR] [--json | --csv] "SQL"
      Read-only SQL over every repo of the deal (tables: see docs/schema.md).
  diligent demo [--db DIR]
      Build the demo fixture repository, analyze it, and print a summary.
  diligent schema-docs
      Print docs/schema.md, generated from the schema in code.
`;
