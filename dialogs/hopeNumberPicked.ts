import { quoteOf } from '../src/language';
import { placePicked } from '../src/language/listPick';
import { HopesAskedText } from './hopesAsked';
import { QuestionOnlyText } from './questionOnlyAsked';
import { sayAll } from './say';
import { done, type ChatTalkTurn, type Done } from './chatTalkTurn';

/*
 * "6" just after the hopes were shown as a numbered list ("These are the hopes I've kept so far: 1 ... 7"):
 * the number is hope 6 of that list, never the sixth button of the question asked again, nor an answer.
 * After "which one should I take out?" it asks to take that hope out; otherwise the bot says which hope
 * it is and how to change it or take it out, and asks its question again.
 */

/** A number alone, as typed from a list: "6", "number 6", "#6". */
const NUMBER_ALONE = /^\W*(?:(?:number|no\.?|#)\s*)?(\d{1,3})[\s.!?]*$/i;

/** The turn settled by a number picking a hope from the list just shown; null when none was shown or the message says more. */
export async function answerHopeNumber(turn: ChatTalkTurn): Promise<Done | null> {
  const { inner, host, text, inSafeguarding, session, again } = turn;
  const listed = session.journey.hopesListed;
  if (!listed) return null;
  // The list is for the message just after it only.
  await session.updateJourney(({ hopesListed: _listed, ...journey }) => journey);
  if (inSafeguarding) return null;
  const place = placePicked(text, listed.ids.length);
  const typedNumber = NUMBER_ALONE.exec(text)?.[1];
  if (place === undefined && typedNumber === undefined) return null;
  const draft = await session.draft();
  const hope = place !== undefined ? draft?.aspirations.find((a) => a.id === listed.ids[place - 1]) : undefined;
  if (!hope || place === undefined) {
    const count = draft?.aspirations.length ?? 0;
    await sayAll(inner.context, session.t, [{ key: QuestionOnlyText.noSuchHope, vars: { number: String(typedNumber ?? ''), count: String(count) } }]);
    return done(await host.reprompt(inner));
  }
  // "Which one should I take out?" "6": hope 6 is offered to be taken out, as "remove hope 6" would be.
  const number = draft!.aspirations.indexOf(hope) + 1;
  if (listed.asked === 'whichOut') {
    const asked = `remove hope ${number}`;
    inner.context.activity.text = asked;
    return done(await again(asked));
  }
  await sayAll(inner.context, session.t, [{ key: HopesAskedText.numberPicked, vars: { number: String(number), hope: quoteOf(hope.text) } }]);
  return done(await host.reprompt(inner));
}
