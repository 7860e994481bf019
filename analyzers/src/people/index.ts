export { writePeopleTables, defaultActiveMonths, type PeopleOptions } from './write-people-tables.ts';
export {
  emptyIdentitiesFile,
  parseIdentitiesFile,
  type IdentitiesFile,
} from './identities/identities-file.ts';
export { readIdentitiesFile } from './identities/read-identities-file.ts';
export { InvalidIdentitiesFileError } from './identities/invalid-identities-file-error.ts';
export { dealTruckFactor } from './truck-factor/deal-truck-factor.ts';
export { readDealRepoIds } from './truck-factor/deal-repo-ids.ts';
export {
  greedyTruckFactor,
  type Authorship,
  type TruckFactorResult,
} from './truck-factor/greedy-truck-factor.ts';
export {
  simulateDepartures,
  type DepartureSimulation,
  type LeavingPerson,
  type TruckFactorChange,
} from './departures/simulate-departures.ts';
export { departureImpact, type DepartureImpact } from './departures/orphans-after-departure.ts';
export type { SqlSource } from './sql-source.ts';
