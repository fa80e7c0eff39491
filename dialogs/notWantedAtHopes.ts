import { addAboutMe } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { notWantedApart } from '../src/language/notWanted';
import type { Words } from './say';
import type { JourneySession } from './session';

/*
 * "I would not want a job where I have to answer the phone all day" at a hopes question: what they
 * would not want is kept, in their words, as what is important to them (about me), never as a hope
 * of its own; a hope said beside it is read as the answer.
 */

export const NotWantedText = { kept: 'hopes:notWantedKept' } as const;

/** The remarks kept and said back, and the rest of the message; undefined when it has no such remark. */
export async function keepNotWanted(session: JourneySession, text: string): Promise<{ said: Words; rest: string } | undefined> {
  const apart = notWantedApart(text);
  if (!apart) return undefined;
  await session.updateDraft('what they would not want kept', (d) => apart.remarks.reduce((next, remark) => addAboutMe(next, 'important', remark), d));
  return { said: { key: NotWantedText.kept, vars: { remark: quoteOf(apart.remarks.join(' ')) } }, rest: apart.rest };
}
