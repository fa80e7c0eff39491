import { recogniseCommand } from '../src/language';
import { comesBack, onlyMomentAsides, stepsAway, withoutMomentAsides } from '../src/language/momentAside';
import { wornOutIn } from '../src/language/wornOut';
import { saysSentTwice } from '../src/language/sentTwice';
import { CommandText } from './commands';
import type { DialogContext } from './dialogKit';
import { sayAll } from './say';
import { sessionOf, type JourneySession } from './session';
import { questionKey } from './journey';
import { Step } from './ids';
import { answerChatPurpose } from './chatPurpose';

/*
 * What people say about the moment they are in, beside or instead of an answer: back from a break,
 * a message their phone sent twice, a moment away, tired of it all, someone coming into the room. Each is heard kindly; none of it is
 * ever part of the answer.
 */

/** A copy this soon after the first is the phone's; later, the same words are a deliberate answer to the next question. */
const SENT_TWICE_WITHIN_MS = 10_000;

/** When a message was sent, from the channel's timestamp; the time it arrived when the channel gave none. */
export function sentTime(timestamp: Date | string | undefined): number {
  const at = timestamp === undefined ? Number.NaN : new Date(timestamp).getTime();
  return Number.isFinite(at) && at >= 0 ? at : Date.now();
}

/** The answer just kept, sent again word for word by the phone: a long message, so a short "yes" said twice is not one, and within seconds. */
function sentAgain(session: JourneySession, typed: string, previous: string | undefined, previousAsked: string | undefined, gapMs: number | undefined): boolean {
  const plain = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  if (!previous || plain(typed) !== plain(previous) || plain(typed).split(' ').length < 4) return false;
  if (gapMs === undefined || gapMs > SENT_TWICE_WITHIN_MS) return false;
  const before = session.journey.history.at(-1);
  // Typed again at the same question, or at a read-back ("that's the same as before" asked back), is said on purpose, never the phone's copy.
  const now = session.journey.position;
  const sameQuestion = Boolean(now && (now.step === Step.outcomeConfirm || (before && before.step === now.step && before.topic === now.topic)));
  // Only words that answered the question before, and so moved the chat on, can come again as a copy ("what outcome is this for" asked twice is not one).
  return Boolean(before && !sameQuestion && previousAsked === questionKey(before) && (session.journey.answered[questionKey(before)] ?? []).length > 0);
}

/**
 * The words left to answer the open question, or undefined when nothing is left and the question is
 * asked again (after a kind line). `wasAway`: the message before said they were stepping away.
 */
export async function besideTheMoment(inner: DialogContext, typed: string, turn: { wasAway: boolean; inSafeguarding: boolean; tapped: boolean; previous?: string | undefined; previousAt?: number | undefined; previousAsked?: string | undefined; sentAt?: number | undefined }): Promise<string | undefined> {
  const session = sessionOf(inner.context);
  const { wasAway, inSafeguarding, tapped, previous, previousAt, previousAsked, sentAt } = turn;
  const gapMs = previousAt === undefined || sentAt === undefined ? undefined : sentAt - previousAt;
  // "brb" then "back. sorry.": they have come back, so the open question is asked again; never the back command.
  if (wasAway && !inSafeguarding && session.journey.position && comesBack(typed)) {
    await sayAll(inner.context, session.t, [{ key: CommandText.welcomeBack }]);
    return undefined;
  }
  // "one sec", "hang on": no answer to keep; the question waits for them.
  if (!inSafeguarding && session.journey.position && stepsAway(typed) && onlyMomentAsides(typed) && !recogniseCommand(typed)) {
    await sayAll(inner.context, session.t, [{ key: CommandText.takeYourTime }]);
    return undefined;
  }
  // "sorry my phone sent that twice": the answer is kept once (the same words said again add nothing), and the question goes on.
  if (!inSafeguarding && session.journey.position && (saysSentTwice(typed) || sentAgain(session, typed, previous, previousAsked, gapMs))) {
    await sayAll(inner.context, session.t, [{ key: CommandText.sentTwice }]);
    return undefined;
  }
  let text = typed;
  // "im kind i guess. im so tired of all this": a kind line (they can stop, answers are kept); the rest is the answer.
  const worn = inSafeguarding || tapped || session.journey.consent !== true || !session.journey.position ? null : wornOutIn(text);
  if (worn) {
    await sayAll(inner.context, session.t, [{ key: CommandText.wornOut }]);
    if (!worn.rest) return undefined;
    text = worn.rest;
  }
  // "one more for the meltdowns. sorry hang on, oliver's just come down": the words about the moment are never part of the answer.
  const besideMoment = inSafeguarding || tapped ? '' : withoutMomentAsides(text);
  if (besideMoment && besideMoment !== text) text = besideMoment;
  // "wots this for anyway" at the welcome: told what the chat is for; "ye ok. but wot is it for tho" keeps its yes.
  return inSafeguarding ? text : (await answerChatPurpose(inner.context, session, text)) || undefined;
}
