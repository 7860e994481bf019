/**
 * Nothing but the app's own files: no inline script or style, no framing, no plug-ins. Repository
 * values (names, paths, messages) can carry markup; React renders them as text, and this policy is
 * the second line should anything slip.
 */
export const strictCsp = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'none'"],
  frameAncestors: ["'none'"],
};
