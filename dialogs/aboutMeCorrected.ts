import { addAboutMe, type AboutMeSection, type Draft } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { readGoesWith } from '../src/language/answerGoesWith';
import { correctsAnEarlierAnswer } from '../src/language/noWithInstruction';
import { normaliseMessage } from '../src/language/text';
import type { Words } from './say';
import type { JourneySession } from './session';

/*
 * "no i meant nan goes with the cat one. the important one", said at a later "about me" question:
 * the words are added to the answer it points at (by what was asked, or by its words), and the
 * open question is asked again. A correction that points at no answer found is heard, nothing kept.
 */

export const AboutMeCorrectedText = {
  added: 'aboutMe:corrected.added',
  already: 'aboutMe:corrected.already',
  heard: 'aboutMe:corrected.heard',
  section: {
    strengths: 'aboutMe:corrected.strengths',
    important: 'aboutMe:corrected.important',
    support: 'aboutMe:corrected.support',
  } satisfies Record<AboutMeSection, string>,
} as const;

/** What each "about me" question asked, as people point at it: "the important one", "the help one". */
const ASKED: Readonly<Record<AboutMeSection, RegExp>> = {
  strengths: /\b(?:strengths?|good\s+at|like\s+about|admire|best\s+things?|first)\b/,
  important: /\b(?:important|matters?)\b/,
  support: /\b(?:support|help|helps|helping)\b/,
};

const SECTIONS: readonly AboutMeSection[] = ['strengths', 'important', 'support'];
const LITTLE = /^(?:my|the|a|an|and|of|me|i|to|with|it|that|this|one)$/;

/** The section a pointer names by what was asked, else by the words of an answer kept there. */
function sectionsPointedAt(draft: Draft, pointer: string): AboutMeSection[] {
  const byAsked = SECTIONS.filter((s) => ASKED[s].test(pointer));
  if (byAsked.length > 0) return byAsked;
  const words = pointer.split(' ').filter((w) => !LITTLE.test(w));
  return SECTIONS.filter((s) => draft.aboutMe[s].some((answer) => words.some((w) => ` ${normaliseMessage(answer)} `.includes(` ${w} `))));
}

/** What to say when the message put an earlier "about me" answer right; undefined when it is no such correction. */
export async function putAboutMeRight(session: JourneySession, text: string): Promise<Words[] | undefined> {
  if (!correctsAnEarlierAnswer(text)) return undefined;
  const said = readGoesWith(text);
  const draft = await session.draft();
  const pointed = said && draft ? [...new Set(said.pointers.flatMap((p) => sectionsPointedAt(draft, p)))] : [];
  if (!said || pointed.length !== 1) return [{ key: AboutMeCorrectedText.heard }];
  const section = pointed[0]!;
  const vars = { words: quoteOf(said.words), answer: session.t(AboutMeCorrectedText.section[section]) };
  const kept = draft!.aboutMe[section].some((answer) => ` ${normaliseMessage(answer)} `.includes(` ${normaliseMessage(said.words)} `));
  if (kept) return [{ key: AboutMeCorrectedText.already, vars }];
  await session.updateDraft('about me answer put right', (d) => addAboutMe(d, section, said.words));
  return [{ key: AboutMeCorrectedText.added, vars }];
}
