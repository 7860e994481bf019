import { aiAssistantOf } from './ai-assistants.ts';
import { domainOf, localPartOf } from './email-parts.ts';

export type IdentityKind =
  | { kind: 'person'; rule: null; assistant: null }
  | { kind: 'bot'; rule: 'bot-suffix' | 'bot-name' | 'bot-email' | 'identities-file'; assistant: null }
  | { kind: 'ai-assistant'; rule: 'ai-assistant'; assistant: string };

/** Accounts of automation: dependency updaters, CI systems, GitHub's own web-flow and Actions. */
const botNames = new Set([
  'dependabot',
  'dependabot-preview',
  'renovate',
  'renovate-bot',
  'renovatebot',
  'greenkeeper',
  'greenkeeperio-bot',
  'snyk-bot',
  'github-actions',
  'github action',
  'github actions',
  'github',
  'web-flow',
  'semantic-release-bot',
  'pre-commit-ci',
  'allcontributors',
  'imgbot',
  'mergify',
  'bors',
  'kodiakhq',
  'pyup-bot',
  'codecov',
  'travis-ci',
  'travis ci',
  'circleci',
  'gitlab ci',
  'gitlab-ci',
  'buildkite',
  'azure pipelines',
  'ci',
  'ci bot',
  'build bot',
  'release bot',
]);

/**
 * Automation addresses. Only unambiguous local parts count (`ci@`, `bot@`, `…-bot@`, `…[bot]@`):
 * `travis@` or `jenkins@` can be a person's name.
 */
const botLocalPart = /^(?:ci|bot|buildbot|build-bot|.*\[bot\].*|.*[._+-]bot)$/;
const botAddresses = new Set(['noreply@github.com', 'action@github.com', 'actions@github.com']);
const botDomains = new Set([
  'dependabot.com',
  'renovateapp.com',
  'mend.io',
  'greenkeeper.io',
  'snyk.io',
  'travis-ci.org',
  'travis-ci.com',
  'circleci.com',
]);

/** Whether an identity is a person, a bot, or an AI coding assistant, from its name and email. */
export function identityKindOf(name: string, email: string): IdentityKind {
  const assistant = aiAssistantOf(name, email);
  if (assistant !== null) return { kind: 'ai-assistant', rule: 'ai-assistant', assistant };
  const cleanName = name.trim().toLowerCase();
  if (cleanName.endsWith('[bot]')) return bot('bot-suffix');
  if (botNames.has(cleanName) || /\bbot$/.test(cleanName)) return bot('bot-name');
  const address = email.trim().toLowerCase();
  if (botAddresses.has(address) || botDomains.has(domainOf(address))) return bot('bot-email');
  if (botLocalPart.test(localPartOf(address))) return bot('bot-email');
  return { kind: 'person', rule: null, assistant: null };
}

function bot(rule: 'bot-suffix' | 'bot-name' | 'bot-email'): IdentityKind {
  return { kind: 'bot', rule, assistant: null };
}
