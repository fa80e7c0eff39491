import { lastHardThingWrong } from './needsLastAnswerWrong';
import { quoteOf } from '../src/language';
import { answerBesideHopeKept, asksOneHopeKept, hopesAskedKept, readHopesAsked } from '../src/language/hopesAsked';
import { SUMMARY_LABEL_KEYS, summaryItems } from '../src/domain/draftSummary';
import { matchItems } from './reviewItems';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { sayAll, type Words } from './say';
import { sessionOf } from './session';
import { SPLIT } from './hopesKept';
import type { Draft } from '../src/domain/draft';
import { quotedList } from './quotedList';

/*
 * "what hopes have you kept. list them", "delete both of those hopes. they are wrong", "4 of my
 * hopes are wrong", typed at the hopes or needs questions ("show my hopes" at an outcome's and the about-me questions too): the hopes kept are listed by number,
 * and when some are wrong the person is shown how to take one out ("remove hope 2"). Never kept.
 */

export const HopesAskedText = {
  sorry: 'hopes:asked.sorry',
  list: 'hopes:asked.list',
  none: 'hopes:asked.none',
  whichOut: 'hopes:asked.whichOut',
  whichChange: 'hopes:asked.whichChange',
  numberPicked: 'hopes:asked.numberPicked',
  keptYes: 'hopes:asked.keptYes',
  keptNo: 'hopes:asked.keptNo',
} as const;

/** The turn's result when the message asked about the hopes kept; undefined when it is for the question. */
export async function answerHopesAsked(inner: DialogContext, host: ChatHost, text: string, understood: boolean): Promise<DialogTurnResult | { rest: string } | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  if (!at || (at.stage !== 'hopes' && at.stage !== 'needs' && at.stage !== 'outcomes' && at.stage !== 'aboutMe')) return undefined;
  // "Did you write down my hope about the bus? Yes or no please": yes or no, then the list.
  // "did you keep my hope about school, yes or no? And for this hope no, nothing else.": the question answered, the rest read on.
  const answered = answerBesideHopeKept(text);
  const about = answered ? '' : asksOneHopeKept(text);
  const asked = about !== null ? 'list' : readHopesAsked(text);
  // "ok so what hopes have you got for me so far" at "another hope?": the "ok" is no yes, the message asks
  // to see the hopes. Any other reading of the open question's choices wins.
  if (understood && asked !== 'list') return undefined;
  // At an outcome's questions only "show my hopes" is read here; the other kinds of talk have their own readers there.
  if (!asked || (at.stage === 'outcomes' && asked !== 'list')) return undefined;
  // At the about-me questions ("wait what thats not a hope lol. can u show me my hopes"): the list, then the same question.
  const shown = at.stage === 'aboutMe' ? 'list' : asked;
  // "thats wrong... can u fix it" at "what already helps?": about the hard thing just kept, never the hopes.
  const lastWrong = asked === 'whichChange' ? await lastHardThingWrong(session, text) : undefined;
  if (lastWrong) {
    await sayAll(inner.context, session.t, [lastWrong]);
    return host.reprompt(inner);
  }
  const draft = await session.draft();
  const hopes = draft?.aspirations.map((a) => a.text) ?? [];
  // "wheres the bus one and the cooking one gone?": each hope named is answered on its own.
  const said: Words[] = about !== null && draft ? hopesAskedKept(text).map((named) => keptOrNot(draft, named)) : [];
  // "wat thats not a hope lol": something kept is said to be wrong; a sorry comes before the list.
  if (asked === 'whichOut' || asked === 'whichChange') said.push({ key: HopesAskedText.sorry });
  said.push(
    hopes.length ? { key: HopesAskedText.list, vars: { hopes: quotedList(hopes.map((h) => quoteOf(h)), 'numbered') } } : { key: HopesAskedText.none },
  );
  if (shown === 'whichOut' && hopes.length) said.push({ key: HopesAskedText.whichOut });
  // "no thats wrong the bus one is seperate", "you wrote my hopes wrong": which one to change, never a hope.
  if (shown === 'whichChange' && hopes.length) said.push({ key: HopesAskedText.whichChange });
  await sayAll(inner.context, session.t, said);
  // "6" typed next is hope 6 of this list, never the sixth button of the question asked again.
  const listed = shown === 'whichOut' || shown === 'whichChange' ? shown : 'list';
  if (draft && hopes.length) await session.updateJourney((j) => ({ ...j, hopesListed: { asked: listed, ids: draft.aspirations.map((a) => a.id) } }));
  // Every hope is now the list on show: "delete number 3" counts in it, not in the hopes last read back from one message.
  if (at.data?.[SPLIT.ids]) {
    const { [SPLIT.ids]: _shown, [SPLIT.whole]: _whole, ...rest } = at.data;
    await session.updateJourney((j) => ({ ...j, position: { ...at, data: rest } }));
  }
  return answered ? { rest: answered } : host.reprompt(inner);
}

/** Whether a hope with the words named was kept: yes with its words, or no. */
function keptOrNot(draft: Draft, about: string): Words {
  const hopes = summaryItems(draft).filter((i) => i.labelKey === SUMMARY_LABEL_KEYS.aspiration);
  const found = matchItems(draft, hopes, about);
  const hope = found.length > 0 ? draft.aspirations.find((a) => a.id === found[0]!.id) : undefined;
  return hope ? { key: HopesAskedText.keptYes, vars: { hope: quoteOf(hope.text) } } : { key: HopesAskedText.keptNo, vars: { about: quoteOf(about) } };
}
