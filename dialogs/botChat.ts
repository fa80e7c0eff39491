import { quoteOf } from '../src/language';
import { readBotChat, thingAskedAbout, type BotChat } from '../src/language/botChat';
import { ChatTalkText } from './chatTalkReply';
import { runCommand, type AfterCommand } from './commands';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import { Step, type StepId } from './ids';
import type { Position } from './journey';
import { sayAll, type Words } from './say';
import { sessionOf } from './session';

/*
 * Short talk to the bot at the needs questions and an outcome's own questions ("do u like
 * footbal", "wat", "u stored wat?", "wanna play ps5 now", "gud"): answered in a few words, never
 * kept, and the question asked again. Where a word or two is a whole answer (yes or no, how they
 * would feel) those words stay answers.
 */

export const BotChatText = {
  aboutTheBot: 'common:botChat.aboutTheBot',
  /** "do u like football": honest, and kind about what they love. */
  aboutTheBotThing: 'common:botChat.aboutTheBotThing',
  keptThis: 'common:botChat.keptThis',
  elsewhere: 'common:botChat.elsewhere',
  bare: 'common:botChat.bare',
  /** "my dog is calld biscit": nice to hear, not kept. */
  aside: 'common:botChat.aside',
  /** "i didnt say no?? i asked if ur a bot": the question was taken as an answer. */
  misreadSorry: 'common:botChat.misreadSorry',
  /** "are you a real person": no, a computer program. */
  notAPerson: 'common:botChat.notAPerson',
  /** "are you a robot": yes, a computer program. */
  aComputer: 'common:botChat.aComputer',
  /** "do u hav a name": its name. */
  myName: 'common:botChat.myName',
} as const;

/** The questions that read this talk, and whether a bare "ok" or "gud" is no answer there. */
const READ_AT: ReadonlyMap<StepId, { bare: boolean; feeling?: boolean }> = new Map<StepId, { bare: boolean; feeling?: boolean }>([
  [Step.needsBarrier, { bare: true }],
  [Step.needsHelps, { bare: true }],
  // "ok", "yeh" say yes to "is something else hard?".
  [Step.needsMore, { bare: false }],
  // "ok", "yes" at the step have their own reply: what is wanted, with an idea.
  [Step.outcomeStep, { bare: false }],
  [Step.outcomeWhen, { bare: false }],
  [Step.outcomeMeasure, { bare: true }],
  [Step.outcomeDoesForMe, { bare: true, feeling: true }],
  [Step.outcomeMakesPossible, { bare: true }],
  [Step.outcomeProvides, { bare: true }],
]);

/** Questions with short answers of their own, where only a question about the bot is read as talk. */
// "whats ur favrite cake?" at the read-back of the plan: a question to the bot, never a change to make.
const ABOUT_THE_BOT_AT: ReadonlySet<StepId> = new Set<StepId>([Step.outcomeConfirm, Step.outcomeAnother, Step.reviewSummary]);

/**
 * Notes a step carries when it asks only its own open question. "link" only words "what would it make
 * possible?" as "how does this help with your hope ...?"; kept after a no to moving the outcome, it
 * asks nothing of its own, so "gud" at "what help would you need?" is still no answer.
 */
const PLAIN_STEP_NOTES: ReadonlySet<string> = new Set(['outcomeId', 'need', 'misses', 'another', 'own', 'noWhen', 'link']);

/** What kind of talk to the bot this is at this question, or null when it is for the question. */
export function botChatAt(at: Position, text: string): BotChat | null {
  const here = READ_AT.get(at.step);
  // "do u like football" at the read-back or "another goal?": a question to the bot, never a yes or a no.
  if (!here) return ABOUT_THE_BOT_AT.has(at.step) && readBotChat(text) === 'aboutTheBot' ? 'aboutTheBot' : null;
  const kind = readBotChat(text, { feelingAsked: here.feeling === true });
  // A small question asked inside the step ("change the date?", "leave this one out?") takes "yeah", "ok" as its answer.
  const asksItsOwn = Object.keys(at.data ?? {}).some((key) => !PLAIN_STEP_NOTES.has(key));
  return kind === 'bare' && (!here.bare || asksItsOwn) ? null : kind;
}

export interface BotChatHost {
  reprompt(inner: DialogContext): Promise<DialogTurnResult>;
  after(inner: DialogContext, next: AfterCommand): Promise<DialogTurnResult>;
}

/** The turn's result when the message was short talk to the bot; undefined when it is for the question. */
export async function answerBotChat(
  inner: DialogContext,
  host: BotChatHost,
  text: string,
  keptLast: () => Promise<string | undefined>,
): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  const kind = at ? botChatAt(at, text) : null;
  if (!kind) return undefined;
  // "wat", "wat do i do": the question's own help, with its ideas.
  if (kind === 'puzzled') return host.after(inner, await runCommand(inner, session, 'help'));
  let said: Words;
  if (kind === 'whatKept') {
    const kept = await keptLast();
    said = kept ? { key: BotChatText.keptThis, vars: { answer: quoteOf(kept) } } : { key: ChatTalkText.notKeptYet };
  } else {
    const thing = kind === 'aboutTheBot' ? thingAskedAbout(text) : undefined;
    said = thing ? { key: BotChatText.aboutTheBotThing, vars: { thing } } : { key: BotChatText[kind] };
  }
  await sayAll(inner.context, session.t, [said]);
  return host.reprompt(inner);
}
