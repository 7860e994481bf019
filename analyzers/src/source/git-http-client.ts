import type { HttpClient } from 'isomorphic-git';
import nodeHttp from 'isomorphic-git/http/node';

/**
 * isomorphic-git's Node HTTP client with a socket inactivity timeout, so a silent server fails the
 * clone instead of hanging it. A request that carries credentials follows no redirect: simple-get
 * (underneath) keeps the Authorization header on a same-host redirect even from https to http, so a
 * token could leave in clear text. Give the repository's final URL instead.
 */
export function gitHttpClient(timeoutMs: number): HttpClient {
  return {
    request: (request) => {
      const carriesCredentials = Object.keys(request.headers ?? {}).some(
        (h) => h.toLowerCase() === 'authorization',
      );
      const fetchOptions = {
        ...request.fetchOptions,
        timeout: timeoutMs,
        followRedirects: !carriesCredentials,
      };
      return nodeHttp.request({ ...request, fetchOptions });
    },
  };
}
