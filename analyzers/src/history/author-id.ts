import type { RawIdentity } from '../mine/types.ts';

/** One canonical identity per (mailmapped) email; an identity with no email is keyed by its name. */
export function authorIdOf(identity: RawIdentity): string {
  const email = identity.email.trim().toLowerCase();
  return email === '' ? `name:${identity.name.trim().toLowerCase()}` : email;
}
