import { addAboutMe, type Draft } from '../src/domain/draft';
import { ReadingMode } from '../src/domain/readingMode';
import { quoteOf } from '../src/language';
import { saysWhatDoesNotWork } from '../src/language/supportNotWorking';
import { wordsFor, type WhomKeys } from './aboutWhom';
import { Step } from './ids';
import type { Position } from './journey';
import type { Words } from './say';
import type { JourneySession } from './session';

/*
 * "when teachers shout and when its loud in the canteen" at "How can people support you best? What
 * works well?" says what does NOT work. It is kept with how to help, led by "What doesn't work for
 * me:" so nobody reads it as the help wanted, and the question turns round once: "So ... is hard
 * for you. What helps when that happens?"
 */

const NotWorkingText: { lead: WhomKeys; whatHelps: WhomKeys } = {
  lead: { self: 'aboutMe:support.notWorkingLead', child: 'aboutMe:support.notWorkingLeadChild', yourChild: 'aboutMe:support.notWorkingLeadYourChild' },
  whatHelps: { self: 'aboutMe:support.whatHelps', child: 'aboutMe:support.whatHelpsChild', yourChild: 'aboutMe:support.whatHelpsYourChild' },
};

/** Position note at the support question: what did not work, asked about once. */
const NOT_WORKING = 'notWorking';

/** "So ... is hard for you. What helps when that happens?", when the support question turned round. */
export function whatHelpsQuestion(draft: Draft | undefined, position: Position): Words | undefined {
  const said = position.data?.[NOT_WORKING];
  return said ? wordsFor(draft, NotWorkingText.whatHelps, { quote: said }) : undefined;
}

/**
 * What does not work, kept with its lead. The first time, the question turns round (`askAgain`);
 * said again at the turned question, it is kept and the chat moves on. Undefined when the answer
 * is support as usual.
 */
export async function keepNotWorking(session: JourneySession, position: Position, text: string): Promise<{ askAgain?: Position['data'] } | undefined> {
  if (position.step !== Step.aboutMeSupport || !saysWhatDoesNotWork(text)) return undefined;
  const draft = await session.draft();
  // The lead is stored in standard words whatever the reading mode: the plan reads the same for everyone.
  const lead = wordsFor(draft, NotWorkingText.lead);
  const kept = `${session.words.forMode(ReadingMode.standard)(lead.key, lead.vars)} ${text.trim()}`;
  await session.updateDraft('about me: what does not work', (d) => addAboutMe(d, 'support', kept));
  if (position.data?.[NOT_WORKING]) return {};
  return { askAgain: { [NOT_WORKING]: quoteOf(text, 12) } };
}
