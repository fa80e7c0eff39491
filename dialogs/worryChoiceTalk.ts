import type { TurnContext } from 'botbuilder';
import { readWorryChoiceTalk } from '../src/language/worryChoiceTalk';
import { sayAll, type Words } from './say';
import type { JourneySession } from './session';
import { keepToldAgain } from './safeguardingSaidAfter';
import { SafeguardingText } from './safeguardingText';

/*
 * After a worry about being used for money was noted (someone who has them buy him things): "wot help. u
 * sed police. i dont want jay in trubble" is answered truly (the help is people to talk to, and the police
 * are their choice); "nan is nice" or "shes not the worry" is heard, and the note says so, as does who the worry
 * is ("nan is not the worry. my uncle is"); "i always run out
 * cos i buy jay stuff" is added to the note. None of it is kept in the plan; the rest of the message is the answer.
 * After any other worry, who the worry is ("nan is not the worry. my uncle is") is heard the same way.
 */

/** The matter word kept when the worry told of being made to buy someone things (see safeguardingOpening). */
export const BUYING_MATTER = 'buying';

/**
 * The words left to answer the open question ('' when the message was all about the worry), or
 * undefined when nothing in it was about the worry (or no worry was noted). `hasLead` is asked (a
 * database read) only when the answer names the police or help.
 */
export async function answeredWorryChoiceTalk(context: TurnContext, session: JourneySession, text: string, hasLead: () => Promise<boolean>): Promise<string | undefined> {
  const draft = await session.draft();
  const latest = draft?.flags.at(-1);
  if (!draft || !latest) return undefined;
  const found = readWorryChoiceTalk(text);
  if (!found) return undefined;
  // After a worry of being used for money, all of it is heard. After any other worry, only when who the worry is
  // is said ("nan is not the worry. my uncle is"): "mum is nice" alone stays an answer there, as before.
  const usedForMoney = draft.flags.some((f) => f.category === 'exploitation');
  if (!usedForMoney && (!found.worryNamed || found.policeOrHelp || found.moreOfTheSame.length > 0)) return undefined;
  const talk = found;
  const buying = session.journey.flaggedMatters?.some((m) => m.category === 'exploitation' && m.words.includes(BUYING_MATTER)) ?? false;
  // Money gone on someone is the same worry only when the worry was about buying them things.
  const more = buying ? talk.moreOfTheSame : [];
  if (!talk.policeOrHelp && !talk.notTheWorry && !talk.worryNamed && more.length === 0) return undefined;
  const noteKind = usedForMoney ? 'exploitation' : latest.category;
  const words: Words[] = [];
  if (more.length > 0) {
    await keepToldAgain(session, 'exploitation', more.join('\n'));
    words.push({ key: SafeguardingText.worryTalkMoreOfTheSame });
  }
  // Who the worry is, when they say so ("nan is not the worry. my uncle is"), goes to the note; nobody
  // named in it is called a helper.
  if (talk.notTheWorry || talk.worryNamed) {
    await keepToldAgain(session, noteKind, text);
    words.push({ key: talk.worryNamed ? SafeguardingText.worryTalkWorryNamed : SafeguardingText.worryTalkNotTheWorry });
  }
  if (talk.policeOrHelp) words.push({ key: (await hasLead()) ? SafeguardingText.worryTalkPoliceLead : SafeguardingText.worryTalkPoliceNoLead });
  await sayAll(context, session.t, words);
  // Sentences not about the worry (money gone on someone, when that was not the worry) stay in the answer.
  const untouched = buying ? [] : talk.moreOfTheSame;
  return [...untouched, talk.rest].join(' ').trim();
}
