import { addAboutMe } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { strengthBesideHard } from '../src/language/strengthBesideHard';
import { wordsFor, type WhomKeys } from './aboutWhom';
import type { Words } from './say';
import type { Next } from './stageDialog';
import type { JourneySession } from './session';

/*
 * "im good at maths but reading is really hard" at a needs question: only the hard thing is the
 * need. The strength is kept with what people like about them, and they are told where it went.
 */

const STRENGTH_KEPT: WhomKeys = { self: 'needs:barrier.strengthKept', child: 'needs:barrier.strengthKeptChild', yourChild: 'needs:barrier.strengthKeptYourChild' };

/** The hard thing to keep as the need, and what to say about the strength; undefined when no strength was said with it. */
export async function strengthSaidWithNeed(session: JourneySession, text: string): Promise<{ hard: string; say: Words } | undefined> {
  const parts = strengthBesideHard(text);
  if (!parts) return undefined;
  const draft = await session.updateDraft('about me: strengths (said with a need)', (d) =>
    d.aboutMe.strengths.includes(parts.strength) ? d : addAboutMe(d, 'strengths', parts.strength),
  );
  return { hard: parts.hard, say: wordsFor(draft, STRENGTH_KEPT, { strength: quoteOf(parts.strength) }) };
}

/** The next question, with a word said before whatever it says. */
export function saidFirst(words: Words, next: Next): Next {
  return { ...next, say: [words, ...(next.say ?? [])] };
}
