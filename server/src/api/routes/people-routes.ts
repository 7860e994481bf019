import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { departureImpact, simulateDepartures } from '@diligent/analyzers/people';
import { listPeopleQuery } from '../../queries/list-people.ts';
import { countPeopleQuery } from '../../queries/count-people.ts';
import { personIdentitiesQuery } from '../../queries/person-identities.ts';
import { repoTruckFactorQuery } from '../../queries/repo-truck-factor.ts';
import { orphanedAfterDepartureQuery } from '../../queries/orphaned-after-departure.ts';
import { pageSchema, rowSchema } from '../table-schema.ts';
import type { RouteContext } from '../route-context.ts';
import { errorResponses, paging, repoParams } from './common-schemas.ts';

const truckFactorResult = Type.Object({
  truckFactor: Type.Integer(),
  people: Type.Array(Type.String()),
  fileCount: Type.Integer(),
});

const departuresResponse = Type.Object({
  leaving: Type.Array(Type.Object({ repo_id: Type.String(), person_id: Type.String(), name: Type.String() })),
  unknownEmails: Type.Array(Type.String()),
  impacts: Type.Array(rowSchema(departureImpact)),
  truckFactors: Type.Array(
    Type.Object({
      repoId: Type.Union([Type.String(), Type.Null()]),
      scope: Type.String(),
      before: truckFactorResult,
      after: truckFactorResult,
    }),
  ),
  orphaned: Type.Array(rowSchema(orphanedAfterDepartureQuery.shape)),
});

export function registerPeopleRoutes(app: FastifyInstance, context: RouteContext): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  const { reader } = context;

  api.get(
    '/api/repos/:repo/people',
    {
      schema: {
        summary: 'People of a repo, by the key-people ranking; filter by status or name/email.',
        params: repoParams,
        querystring: Type.Object({
          status: Type.Union([Type.Literal(''), Type.Literal('active'), Type.Literal('former')], {
            default: '',
          }),
          search: Type.String({ default: '' }),
          ...paging,
        }),
        response: { 200: pageSchema(listPeopleQuery.shape), ...errorResponses },
      },
    },
    async (request) => {
      const { repo } = request.params;
      context.checkRepo(repo);
      const { status, search, limit, offset } = request.query;
      const [count] = await countPeopleQuery.run(reader, { repo, status, search });
      const rows = await listPeopleQuery.run(reader, { repo, status, search, limit, offset });
      return { total: count?.total ?? 0, rows };
    },
  );

  api.get(
    '/api/repos/:repo/identities',
    {
      schema: {
        summary: 'Every identity (name and email) and the person it was merged into, with the rule.',
        params: repoParams,
        response: { 200: Type.Array(rowSchema(personIdentitiesQuery.shape)), ...errorResponses },
      },
    },
    async (request) => {
      context.checkRepo(request.params.repo);
      return personIdentitiesQuery.run(reader, { repo: request.params.repo });
    },
  );

  api.get(
    '/api/repos/:repo/truck-factor',
    {
      schema: {
        summary: 'Truck factor of the repo and of each top-level directory.',
        params: repoParams,
        response: { 200: Type.Array(rowSchema(repoTruckFactorQuery.shape)), ...errorResponses },
      },
    },
    async (request) => {
      context.checkRepo(request.params.repo);
      return repoTruckFactorQuery.run(reader, { repo: request.params.repo });
    },
  );

  api.post(
    '/api/repos/:repo/departures',
    {
      schema: {
        summary: 'Off-boarding simulation: what is orphaned and the truck factor once these people leave.',
        params: repoParams,
        body: Type.Object({
          people: Type.Array(Type.String({ description: 'A person id or email.' }), {
            minItems: 1,
            maxItems: 100,
          }),
        }),
        response: { 200: departuresResponse, ...errorResponses },
      },
    },
    async (request) => {
      const { repo } = request.params;
      context.checkRepo(repo);
      const simulation = await simulateDepartures(reader, [repo], request.body.people);
      const leaving = JSON.stringify(simulation.leaving.map((person) => person.person_id));
      const orphaned = await orphanedAfterDepartureQuery.run(reader, { repo, leaving });
      return { ...simulation, orphaned };
    },
  );
}
