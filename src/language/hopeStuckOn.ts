import { hopesIn } from './hopesInMessage';
import { repeatsPartOf, sameHope } from './thread';

/*
 * "I want my own adapted flat with PAs, a part time job in an art gallery or a shop" kept as one hope,
 * then "i want a part time job in an art gallery or a shop" said again: the job was stuck on the end
 * of the flat. It is a hope of its own, and the flat hope keeps only its own words.
 */

/** What the kept hope reads without the hope said again, when that hope is a later one of its own in it; undefined otherwise. */
export function hopeStuckOn(kept: string, said: string): { rest: string } | undefined {
  const parts = hopesIn(kept);
  if (parts.length < 2) return undefined;
  const at = parts.findIndex((p) => sameHope(p, said) || repeatsPartOf(said, p) || repeatsPartOf(p, said));
  if (at <= 0) return undefined;
  const rest = parts.filter((_, i) => i !== at).join(', ');
  return rest ? { rest } : undefined;
}
