import { detailsIn } from './index';

/*
 * "before college so i can get there myself", "by easter because i want to be ready": why it
 * matters, said beside the time. Kept as what it does for them, never glued into the time phrase.
 */

/** The reason or purpose said with a time ("i can get there myself"); null when none is said. */
export function reasonBesideTime(text: string): string | null {
  const details = detailsIn(text);
  const why = (details.reason ?? details.purpose ?? '').trim();
  return why.split(/\s+/).length >= 2 ? why : null;
}
