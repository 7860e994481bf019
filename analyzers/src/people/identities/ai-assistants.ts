import { domainOf, localPartOf } from './email-parts.ts';

interface AssistantPattern {
  assistant: string;
  name?: RegExp;
  localPart?: RegExp;
  domains?: string[];
}

/**
 * How AI coding assistants sign commits (`Co-authored-by: Claude <noreply@anthropic.com>`, GitHub's
 * `Copilot` account, `aider (gpt-4o) <noreply@aider.chat>`, `devin-ai-integration[bot]`, ...). A
 * name alone matches only where no person is called that (`Copilot`, `Cursor Agent`, `Claude
 * Code`); a person named Claude or Devin is matched by neither first name nor address.
 */
const assistantPatterns: AssistantPattern[] = [
  { assistant: 'Claude', name: /^claude(?: code|\[bot\])?$/i, domains: ['anthropic.com'] },
  { assistant: 'GitHub Copilot', name: /copilot/i, localPart: /copilot/i },
  {
    assistant: 'Cursor',
    name: /^cursor(?:[ -]?agent|\[bot\])?$/i,
    domains: ['cursor.com', 'cursor.sh', 'anysphere.co'],
  },
  {
    assistant: 'OpenAI Codex',
    name: /^(?:openai )?codex\b|chatgpt|codex-connector/i,
    domains: ['openai.com'],
  },
  { assistant: 'Aider', name: /^aider\b/i, domains: ['aider.chat'] },
  { assistant: 'Devin', name: /devin-ai|^devin ai$/i, localPart: /devin-ai/i, domains: ['cognition.ai'] },
  { assistant: 'Gemini', name: /gemini-code-assist|^gemini(?: code assist|\[bot\])?$/i },
  { assistant: 'Jules', name: /google-labs-jules/i, localPart: /google-labs-jules/i },
  { assistant: 'Amazon Q', name: /amazon[ -]q[ -]developer/i, localPart: /amazon-q-developer/i },
  { assistant: 'Windsurf', name: /^(?:windsurf|codeium)\b/i, domains: ['codeium.com', 'windsurf.com'] },
];

/** The assistant an identity stands for, or null for anyone else. */
export function aiAssistantOf(name: string, email: string): string | null {
  const [cleanName, domain, local] = [name.trim(), domainOf(email), localPartOf(email)];
  const found = assistantPatterns.find(
    (p) =>
      p.domains?.includes(domain) || p.name?.test(cleanName) === true || p.localPart?.test(local) === true,
  );
  return found?.assistant ?? null;
}
