import { Type } from '@sinclair/typebox';
import { IsoTime } from './common.ts';

const Metric = Type.Object({
  name: Type.String(),
  definition: Type.String(),
  doc: Type.String({ description: 'Where it is defined in full: `docs/metrics.md#anchor`.' }),
});

const Threshold = Type.Object({ name: Type.String(), value: Type.String(), meaning: Type.String() });

const Warning = Type.Object({
  repoId: Type.String(),
  kind: Type.String(),
  count: Type.Integer(),
  example: Type.String({ description: 'One of the messages, as written by the analysis.' }),
});

const AuditEntry = Type.Object({
  repoId: Type.String(),
  name: Type.String(),
  source: Type.String({ description: 'Where the repo was read from, credentials removed.' }),
  sourceKind: Type.String(),
  requestedRev: Type.String(),
  headSha: Type.String(),
  headAt: IsoTime,
  analyzedAt: IsoTime,
  window: Type.Object(
    { from: Type.Union([IsoTime, Type.Null()]), to: IsoTime },
    {
      description: 'First commit’s author date to the pinned commit.',
    },
  ),
  commits: Type.Integer(),
  isShallow: Type.Boolean(),
  miner: Type.String(),
  toolVersion: Type.String(),
  identityRules: Type.Array(Type.Object({ rule: Type.String(), identities: Type.Integer() }), {
    description: 'How many identities each merge or bot rule applied to.',
  }),
});

export const Appendix = Type.Object({
  metrics: Type.Array(Metric),
  thresholds: Type.Array(Threshold),
  dataQuality: Type.Array(Warning, {
    description: 'analysis_warnings by kind, shallow clones, and files that could not be parsed or read.',
  }),
  audit: Type.Array(AuditEntry),
});
