export { writeCoverageTables } from './write-coverage-tables.ts';
