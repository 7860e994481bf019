import type { AuthCallback, AuthFailureCallback, HttpClient, ProgressCallback } from 'isomorphic-git';
import type { CloneAttempt } from './explain-clone-failure.ts';
import { gitHttpClient } from './git-http-client.ts';

export interface RemoteSessionOptions {
  token?: string | undefined;
  tokenEnv: string;
  onProgress?: ((message: string) => void) | undefined;
  timeoutMs?: number | undefined;
}

/** Git hosts take a token as the password of Basic auth; GitHub documents this user name. */
const tokenUserName = 'x-access-token';
const defaultTimeoutMs = 60_000;

/**
 * What isomorphic-git needs to talk to one remote: the HTTP client, the credential callbacks,
 * and a progress callback that never forwards the token. The token is handed over only when
 * the server asks for credentials, and a refusal ends the attempt instead of retrying.
 */
export class RemoteSession {
  readonly http: HttpClient;
  private tokenSent = false;
  private lastProgress = '';

  constructor(
    readonly source: string,
    private readonly options: RemoteSessionOptions,
  ) {
    this.http = gitHttpClient(options.timeoutMs ?? defaultTimeoutMs);
  }

  readonly onAuth: AuthCallback = () => {
    const token = this.options.token;
    if (token === undefined || token === '') return { cancel: true };
    this.tokenSent = true;
    return { username: tokenUserName, password: token };
  };

  readonly onAuthFailure: AuthFailureCallback = () => ({ cancel: true });

  readonly onProgress: ProgressCallback = ({ phase, loaded, total }) => {
    const amount = total > 0 ? `${Math.floor((loaded / total) * 100)}%` : `${loaded}`;
    const message = `${phase}: ${amount}`;
    if (message === this.lastProgress) return;
    this.lastProgress = message;
    this.tell(message);
  };

  /** Reports progress, with the token blanked out should a server ever echo it back. */
  tell(message: string): void {
    const token = this.options.token;
    const safe = token ? message.split(token).join('[token]') : message;
    this.options.onProgress?.(safe);
  }

  attempt(): CloneAttempt {
    return { source: this.source, tokenEnv: this.options.tokenEnv, tokenSent: this.tokenSent };
  }
}
