import type { TurnContext } from 'botbuilder';
import { DEFAULT_RETENTION_DAYS } from '../src/config';
import { readDataQuestion } from '../src/language/dataQuestion';
import { readAdultBesideAsked, saysNoAdultIsHere } from '../src/language/adultBesideAsked';
import { Stage } from './ids';
import { underThirteenAlone } from './welcomeAge';
import { hasSafeguardingLead } from './welcomeWorry';
import { chatHelperVars } from './planHelperWords';
import { sayAll, type Words } from './say';
import type { JourneySession } from './session';

/*
 * "how long do you keep it", "where is it kept", "does Janice see it", "can bev see it but not dad",
 * asked anywhere but the read-back (which says who sees this plan as things stand): a short true
 * answer, then the open question again. Never kept as an answer.
 */

export const DataAskedText = {
  kept: 'common:dataAsked.kept',
  ifNo: 'common:dataAsked.ifNo',
  deleted: 'common:dataAsked.deleted',
  deleteAnyTime: 'common:dataAsked.deleteAnyTime',
  nobody: 'common:dataAsked.nobody',
  nobodyButHelper: 'common:dataAsked.nobodyButHelper',
  shared: 'common:dataAsked.shared',
  named: 'common:dataAsked.named',
  chooses: 'common:dataAsked.chooses',
  namedWho: 'common:dataAsked.namedWho',
  notWanted: 'common:dataAsked.notWanted',
  worry: 'common:dataAsked.worry',
  worryNoLead: 'common:dataAsked.worryNoLead',
  adultNotNeeded: 'common:dataAsked.adultNotNeeded',
  aloneIsFine: 'common:dataAsked.aloneIsFine',
} as const;

/** Shared with a key worker: anything past "in progress" or "ready for review". */
const SHARED_STATUSES: readonly string[] = ['submitted', 'changes_requested', 'agreed'];

/** Answers a question about the answers being kept or seen; false when the message is not one. */
export async function answeredDataQuestion(context: TurnContext, session: JourneySession, text: string): Promise<boolean> {
  const at = session.journey.position;
  if (!at || at.stage === 'review') return false;
  // "do i have to?? i dont want mum reading it", just after "ask a parent or carer to sit with you": no, and they choose who sees it.
  const adult = at.stage === Stage.welcome ? readAdultBesideAsked(text) : null;
  const draft = adult ? await session.draft() : undefined;
  if (adult && draft && underThirteenAlone(draft.youngPerson)) {
    const who = adult.notShown?.who;
    await sayAll(context, session.t, [{ key: DataAskedText.adultNotNeeded }, ...(who ? [{ key: DataAskedText.namedWho, vars: { who: who.charAt(0).toUpperCase() + who.slice(1) } }] : [])]);
    return true;
  }
  // "my mums not here shes at work. wat code": fine to chat on their own, said first; the rest of the message is still read.
  if (!adult && at.stage === Stage.welcome && saysNoAdultIsHere(text)) {
    const young = (await session.draft())?.youngPerson;
    if (young && underThirteenAlone(young)) await sayAll(context, session.t, [{ key: DataAskedText.aloneIsFine }]);
  }
  const asked = readDataQuestion(text);
  if (!asked) return false;
  const said: Words[] = [];
  if (asked.ifNo) said.push({ key: DataAskedText.ifNo });
  if (asked.kept) {
    const days = session.services.retentionDays ?? DEFAULT_RETENTION_DAYS;
    said.push({ key: DataAskedText.kept }, { key: DataAskedText.deleted, vars: { days } }, { key: DataAskedText.deleteAnyTime });
  }
  if (asked.whoSees) {
    const status = session.journey.consent ? (await session.draft())?.status : undefined;
    // "me, my mum is helping": the person helping them chat is named, never left out of who sees it.
    const helper = chatHelperVars(session.t, session.journey.helper);
    const shared = status !== undefined && SHARED_STATUSES.includes(status);
    // "i dont want school to see it": their choice said first, never a no to keeping the answers.
    if (asked.notWanted) said.push({ key: DataAskedText.notWanted });
    said.push(shared ? { key: DataAskedText.shared } : helper ? { key: DataAskedText.nobodyButHelper, vars: helper } : { key: DataAskedText.nobody });
    // "wait the school sees it?": who they asked about, in their words.
    said.push(asked.who ? { key: DataAskedText.namedWho, vars: { who: asked.who.charAt(0).toUpperCase() + asked.who.slice(1) } } : { key: DataAskedText.named });
    if (asked.chooses) said.push({ key: DataAskedText.chooses });
    // What happens to a worry, as the welcome said it: the lead only where the service has one.
    said.push({ key: (await hasSafeguardingLead(session)) ? DataAskedText.worry : DataAskedText.worryNoLead });
  }
  await sayAll(context, session.t, said);
  return true;
}
