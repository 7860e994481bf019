/**
 * Domains anyone can get an address at: two people with the same name there are not the same
 * person. GitHub's noreply domain is one too (its own rule matches logins instead).
 */
const publicMailDomains = new Set([
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.co.uk',
  'hotmail.fr',
  'outlook.com',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'yahoo.fr',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.com',
  'mail.ru',
  'yandex.ru',
  'yandex.com',
  'protonmail.com',
  'proton.me',
  'pm.me',
  'fastmail.com',
  'zoho.com',
  'qq.com',
  '163.com',
  '126.com',
  'naver.com',
  'free.fr',
  'orange.fr',
  'laposte.net',
  'users.noreply.github.com',
  'localhost',
  'localhost.localdomain',
  '(none)',
]);

/** The lower-cased part after the last `@`; '' when there is none. */
export function domainOf(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0
    ? ''
    : email
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

/** The lower-cased part before the last `@` (the whole address when there is none). */
export function localPartOf(email: string): string {
  const at = email.lastIndexOf('@');
  return (at < 0 ? email : email.slice(0, at)).trim().toLowerCase();
}

export function isPublicMailDomain(domain: string): boolean {
  return publicMailDomains.has(domain) || !domain.includes('.');
}

const githubNoreply = /^(?:\d+\+)?([^@+]+)@users\.noreply\.github\.com$/i;

/** The GitHub login of `123+login@users.noreply.github.com` or `login@users.noreply.github.com`. */
export function githubLoginOf(email: string): string | null {
  const match = githubNoreply.exec(email.trim());
  return match?.[1] ? match[1].toLowerCase() : null;
}
