import { setYoungPerson } from '../src/domain/draft';
import { saysItIsThemselves } from '../src/language/whoAnswer';
import { readChatHelper, readCompanion } from '../src/language/chatHelper';
import type { WhoAnswers } from '../src/domain/draft';
import { whoSaidFirst } from '../src/language/whoSaidMidChat';
import { Stage, Step } from './ids';
import type { Position } from './journey';
import type { Words } from './say';
import type { JourneySession } from './session';
import { whoValue } from './welcomeText';

/*
 * Who is chatting, put right in the middle of the chat: kept where the welcome keeps it, so every
 * question after it is asked of the right person, and said back in a few words.
 */

/** Welcome questions after "Who is chatting?", where a parent may say they were read as the young person. */
const WHO_PUT_RIGHT_AT_WELCOME: ReadonlySet<string> = new Set([Step.welcomeName, Step.welcomeAge, Step.welcomeInvite]);

/** Who is chatting may be put right here: every question after "Who is chatting?" (never while a worry is asked about). */
export function whoMayBePutRight(at: Position | undefined): boolean {
  return Boolean(at) && (at!.stage !== Stage.welcome || WHO_PUT_RIGHT_AT_WELCOME.has(at!.step));
}

/** Who is chatting is said here or may be put right: "Who is chatting?" itself and every question after it. */
export function whoMayBeSaid(at: Position | undefined): boolean {
  return at?.step === Step.welcomeWho || whoMayBePutRight(at);
}

export const WhoSaidText = {
  corrected: 'common:whoCorrected',
  named: 'common:whoSaid',
  unnamed: 'common:whoSaidNoName',
} as const;

/** The chat was set up as a parent's or helper's; the young person says it is them: it becomes theirs. */
export async function correctedToThemselves(session: JourneySession, text: string): Promise<boolean> {
  if (text.length > 300 || !saysItIsThemselves(text)) return false;
  const draft = await session.draft();
  if (!draft || draft.youngPerson.who === 'self') return false;
  await session.updateDraft('who is chatting corrected', (d) => setYoungPerson(d, { who: 'self' }));
  return true;
}

/**
 * "I'm his support worker", "i'm her carer", "this is his mum typing", "no im his mum not alfie. hes
 * at nursery": a parent, carer or supporter chats now. Kept, with the pronoun they used; what to say
 * back and what else the message answered ('' when nothing), or undefined.
 */
export async function whoSaidNow(session: JourneySession, text: string): Promise<{ words: Words; rest: string } | undefined> {
  if (text.length > 200) return undefined;
  const draft = await session.draft();
  const said = draft ? whoSaidFirst(text, draft.youngPerson.name) : undefined;
  if (!draft || !said) return undefined;
  const pronoun = said.who.pronoun ?? draft.youngPerson.pronoun;
  await session.updateDraft('who is chatting said', (d) => setYoungPerson(d, { who: whoValue(said.who.who), ...(pronoun ? { pronoun } : {}) }));
  const name = draft.youngPerson.name;
  return { words: name ? { key: WhoSaidText.named, vars: { name } } : { key: WhoSaidText.unnamed }, rest: said.rest };
}

/**
 * "me, my mum is helping", "my support worker Dave is helping me", "me. Jo is sitting with me":
 * that helper is kept for this chat, or forgotten.
 */
export async function keepChatHelper(session: JourneySession, who: WhoAnswers, text: string): Promise<void> {
  const helper = who === 'helper' ? readChatHelper(text) : who === 'self' ? readCompanion(text) : undefined;
  if (helper || session.journey.helper) await session.updateJourney((j) => ({ ...j, helper }));
  // Who helped is kept with the plan too, so the key worker's copy says who took part ("Jo (support worker)").
  if (helper || session.journey.helper) {
    const chatHelper = helper ? { role: helper.role, ...(helper.name ? { name: helper.name } : {}) } : undefined;
    await session.updateDraft('who helps them chat', (d) => setYoungPerson(d, { chatHelper }));
  }
}
