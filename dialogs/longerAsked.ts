import type { TurnContext } from 'botbuilder';
import { readLongerAsked } from '../src/language/longerAsked';
import { Step } from './ids';
import type { Position } from './journey';
import { sayAll } from './say';
import { answerVoiceAsked } from './voiceAsked';
import type { JourneySession } from './session';

/*
 * "is it better to give it longer? ... 6 months i guess" at "by when?": a short true answer (longer
 * is fine; most outcomes are for about a year, or the end of a key stage), then the time said beside
 * it answers the question; alone, the question is asked again.
 */

export const LONGER_ANSWER = 'common:longerAnswer';

/** The rest of the message once the question is answered; null when no such question was asked. */
export async function answerLongerAsked(context: TurnContext, session: JourneySession, text: string): Promise<string | null> {
  const asked = readLongerAsked(text);
  if (!asked) return null;
  await sayAll(context, session.t, [{ key: LONGER_ANSWER }]);
  return asked.rest;
}

/**
 * A question about how to answer, said alone or beside the answer: whose voice to write in (anywhere;
 * at the name question only alone), or how long to give it (at "by when?"). The rest of the message
 * once it is answered, '' when nothing is left, null when no such question was asked.
 */
export async function answerHowToAnswer(context: TurnContext, session: JourneySession, at: Position, text: string): Promise<string | null> {
  const voice = await answerVoiceAsked(context, session, text, { onlyAlone: at.step === Step.welcomeName });
  if (voice !== null) return voice;
  return at.step === Step.outcomeWhen ? answerLongerAsked(context, session, text) : null;
}
