import type { TurnContext } from 'botbuilder';
import { readVoiceAsked } from '../src/language/voiceAsked';
import type { Draft } from '../src/domain/draft';
import { speaksForThem } from './aboutWhom';
import { sayAll, type Words } from './say';
import type { JourneySession } from './session';

/*
 * "not sure if i should be writing like its him or me", "should i say it like ben would say it?":
 * a parent or supporter asks whose voice to write in. Both are person-centred, so both are fine;
 * the question is answered and never kept, and what was said beside it still answers the question.
 */

export const VoiceAskedText = {
  named: 'common:voiceAnswer.named',
  unnamed: 'common:voiceAnswer.unnamed',
} as const;

/** The answer, with the young person's name when it is known. */
export function voiceAnswer(draft: Draft | undefined): Words {
  const name = draft?.youngPerson.name;
  return name ? { key: VoiceAskedText.named, vars: { name } } : { key: VoiceAskedText.unnamed };
}

/** The rest of the message once the question is answered; null when no such question was asked by someone speaking for them. */
export async function answerVoiceAsked(context: TurnContext, session: JourneySession, text: string, options: { onlyAlone?: boolean } = {}): Promise<string | null> {
  const asked = readVoiceAsked(text);
  if (!asked || (options.onlyAlone && asked.rest)) return null;
  const draft = await session.draft();
  if (!speaksForThem(draft)) return null;
  await sayAll(context, session.t, [voiceAnswer(draft)]);
  return asked.rest;
}
