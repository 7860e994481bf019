import { UsageError } from '../errors.ts';
import { redactUrl } from './redact-url.ts';

/** Hosts where plain http is allowed, so tests can serve repositories locally. */
const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Checks a clone URL before anything touches the network: https only (http for loopback), and
 * no credentials, query or fragment, since those would end up in logs, configs and error
 * messages. Returns the URL with the credential-free form used everywhere after.
 */
export function parseCloneUrl(url: string, tokenEnv: string): { url: URL; source: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`not a valid URL: ${redactUrl(url)}`);
  }
  const source = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  if (parsed.username !== '' || parsed.password !== '') {
    throw new UsageError(
      `credentials in the URL are not accepted (${source}): put a token in the ${tokenEnv} environment variable instead`,
    );
  }
  const plainLoopback = parsed.protocol === 'http:' && loopbackHosts.has(parsed.hostname);
  if (parsed.protocol !== 'https:' && !plainLoopback) {
    throw new UsageError(`only https:// URLs can be cloned (http:// only on this machine): ${source}`);
  }
  if (parsed.search !== '' || parsed.hash !== '') {
    throw new UsageError(`a clone URL cannot carry a query or fragment: ${source}`);
  }
  return { url: parsed, source };
}
