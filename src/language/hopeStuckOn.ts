import { hopesIn } from './hopesInMessage';
import { repeatsPartOf, sameHope, themeOfWords } from './thread';
import { startsAHope } from './splitHopes';

/*
 * "I want my own adapted flat with PAs, a part time job in an art gallery or a shop" kept as one hope,
 * then "i want a part time job in an art gallery or a shop" said again: the job was stuck on the end
 * of the flat. It is a hope of its own, and the flat hope keeps only its own words.
 */

/** What the kept hope reads without the hope said again, when that hope is a later one of its own in it; undefined otherwise. */
export function hopeStuckOn(kept: string, said: string): { rest: string } | undefined {
  const parts = hopesIn(kept);
  if (parts.length < 2) return endSaidAgain(kept, said);
  const at = parts.findIndex((p) => sameHope(p, said) || repeatsPartOf(said, p) || repeatsPartOf(p, said));
  if (at <= 0) return undefined;
  const rest = parts.filter((_, i) => i !== at).join(', ');
  return rest ? { rest } : undefined;
}

/** "and" or a comma, where a long hope may have had another stuck on its end. */
const JOIN = /\s*(?:,\s*(?:and\s+)?|\band\s+(?:also\s+)?)\s*/gi;

/**
 * "i want to live in my own flat with some support from my mum and my carers and get a job in IT
 * support": too long to be cut when kept, but the job said again on its own shows it was a hope of
 * its own. The latest join whose end starts a hope about another part of life, and is the hope said
 * again, is where it was stuck on.
 */
function endSaidAgain(kept: string, said: string): { rest: string } | undefined {
  const joins = [...kept.matchAll(JOIN)].reverse();
  for (const m of joins) {
    const at = m.index ?? 0;
    const before = kept.slice(0, at).trim();
    const after = kept.slice(at + m[0].length).trim();
    // "go to college and then go to uni" is one path: only a hope about another part of life was stuck on.
    const [was, is] = [themeOfWords(before), themeOfWords(after)];
    if (!before || !startsAHope(after) || !was || !is || was === is) continue;
    if (sameHope(after, said) || repeatsPartOf(after, said) || repeatsPartOf(said, after)) return { rest: before.replace(/[\s,;.]+$/, '') };
  }
  return undefined;
}
