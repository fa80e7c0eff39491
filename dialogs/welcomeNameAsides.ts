import { setYoungPerson } from '../src/domain/draft';
import { parentNamed } from '../src/language/nameAnswer';
import { readVoiceAsked } from '../src/language/voiceAsked';
import { speaksForThem } from './aboutWhom';
import { voiceAnswer } from './voiceAsked';
import type { Words } from './say';
import type { JourneySession } from './session';

/*
 * What a parent says around their child's name: "its his dad derek. ben is my son hes 8 not sure
 * if i should be writing like its him or me". Their own name is kept as theirs (never the child's),
 * and the question about whose voice to write in is answered once the child's name is known.
 */

export interface NameAsides {
  /** The message without the question about voice, for reading the name and age. */
  text: string;
  /** The answer to that question, given the draft as it is after the name: undefined when none was asked. */
  voiceAnswer?: (session: JourneySession) => Promise<Words>;
}

export async function readNameAsides(session: JourneySession, typed: string): Promise<NameAsides> {
  const draft = await session.draft();
  if (!speaksForThem(draft)) return { text: typed };
  const parent = parentNamed(typed);
  if (parent && !draft?.youngPerson.chatHelper) {
    await session.updateDraft('who is chatting', (d) => setYoungPerson(d, { chatHelper: { role: parent.role, name: parent.name } }));
  }
  const asked = readVoiceAsked(typed);
  if (!asked) return { text: typed };
  return { text: asked.rest, voiceAnswer: async (s) => voiceAnswer(await s.draft()) };
}
