import type { HttpClient } from 'isomorphic-git';
import nodeHttp from 'isomorphic-git/http/node';

/**
 * isomorphic-git's Node HTTP client with a socket inactivity timeout, so a silent server fails
 * the clone instead of hanging it. (simple-get, underneath, drops the Authorization header when
 * a redirect leaves the original host.)
 */
export function gitHttpClient(timeoutMs: number): HttpClient {
  return {
    request: (request) =>
      nodeHttp.request({ ...request, fetchOptions: { ...request.fetchOptions, timeout: timeoutMs } }),
  };
}
