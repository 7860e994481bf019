import { allTables, renderSchemaDocs } from '@diligent/analyzers/schema';

export async function schemaDocsCommand(): Promise<number> {
  process.stdout.write(renderSchemaDocs(allTables));
  return 0;
}
