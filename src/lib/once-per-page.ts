/**
 * What a page has rendered once already, by the request it is rendered for
 * (one per page, in a build as in `astro dev`): for markup a page needs once
 * however many components ask for it, such as an island's script.
 */
const seen = new WeakMap<Request, Set<string>>();

/** True the first time `key` is asked for while rendering this request's page, false after. */
export function firstOnPage(request: Request, key: string): boolean {
  let keys = seen.get(request);
  if (!keys) seen.set(request, (keys = new Set()));
  if (keys.has(key)) return false;
  keys.add(key);
  return true;
}
