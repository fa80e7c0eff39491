import { InputHints, type Activity, type TurnContext } from 'botbuilder';
import { quoteOf } from '../src/language/quoteOf';
import { normaliseMessage } from '../src/language/text';
import { recogniseYesNo } from '../src/language';
import { Step } from './ids';
import type { Position } from './journey';
import { sayAll, type Question } from './say';
import type { JourneySession } from './session';

/*
 * A message that raised a worry was often also the answer to the question it interrupted ("people
 * in my class call me names so i hate going in", at "what makes this hard?"). After the safety
 * words, carrying on asks that question again (the contract), with their words offered back: one
 * tap or a "yes" keeps them, anything else is their new answer. Nobody has to type it all again.
 */

export const OfferBackText = {
  said: 'safeguarding:offerBack.said',
  keep: 'safeguarding:offerBack.keep',
  suggested: 'safeguarding:offerBack.suggested',
  bullyingOutcome: 'safeguarding:offerBack.bullyingOutcome',
} as const;

/** Only a question wanting their own words takes a message as its answer; a yes/no or a choice does not. */
export const takesTheirWords = (question: Question | undefined): boolean => Boolean(question && !question.understand && question.step !== Step.aboutMeSafe);

/** Remembers the words to offer back at the question carrying on opens. Nothing is remembered for someone who said no to keeping answers. */
export async function noteOfferBack(session: JourneySession, at: Position, text: string, suggested = false): Promise<void> {
  await session.updateJourney((j) =>
    j.consent === false ? j : { ...j, offerBack: { step: at.step, ...(at.topic ? { topic: at.topic } : {}), text: text.slice(0, 10_000), ...(suggested ? { suggested } : {}) } },
  );
}

/**
 * Says "You said: ... Shall I keep that?" (or, for the chat's suggestion, "You could make it about you, like: ...") and puts "Yes, keep it" on the question about to be asked
 * again, which stays the one message that waits for an answer.
 */
export async function sayOfferBack(context: TurnContext, session: JourneySession): Promise<void> {
  const offer = session.journey.offerBack;
  if (!offer) return;
  await sayAll(context, session.t, [{ key: offer.suggested ? OfferBackText.suggested : OfferBackText.said, vars: { answer: offer.suggested ? offer.text : quoteOf(offer.text) } }]);
  const label = session.t(OfferBackText.keep);
  let added = false;
  context.onSendActivities(async (_ctx, activities: Partial<Activity>[], next) => {
    for (const activity of activities) {
      if (added || activity.inputHint !== InputHints.ExpectingInput) continue;
      const actions = activity.suggestedActions?.actions ?? [];
      activity.suggestedActions = { to: [], actions: [{ type: 'imBack', title: label, value: label }, ...actions] };
      added = true;
    }
    return next();
  });
}

const KEEP = /^(?:(?:yes|yeah|yep|yh|ye|ok|okay|sure)\s+)*(?:please\s+)?(?:keep|save|use)\s+(?:it|that|this|what\s+i\s+said|my\s+answer|them)(?:\s+please)?$/;

/**
 * The answer to the offer, when the open question is the one it was made at: the words kept, or
 * undefined (anything else is read as usual, as their new answer). The offer is made once.
 */
export async function takeOfferBack(session: JourneySession, text: string): Promise<string | undefined> {
  const offer = session.journey.offerBack;
  if (!offer) return undefined;
  const at = session.journey.position;
  await session.updateJourney((j) => ({ ...j, offerBack: undefined }));
  if (!at || at.step !== offer.step || (at.topic ?? '') !== (offer.topic ?? '')) return undefined;
  const said = normaliseMessage(text);
  const keeps = said === normaliseMessage(session.t(OfferBackText.keep)) || KEEP.test(said) || recogniseYesNo(text) === 'yes';
  return keeps ? offer.text : undefined;
}
