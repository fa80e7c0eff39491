import { withoutJoiningLead } from '../src/language/joiningLead';
import type { Draft } from '../src/domain/draft';
import { helpOnce, needOnce } from './keptOnce';
import { needSection, quoteOf, sameHope, splitNeeds, placeOfDays } from '../src/language';
import { withoutHopeFrame } from '../src/language/hopeFrame';
import { saysHardThing } from '../src/language/hardThing';
import { describesChildHittingCarer } from '../src/language/childsOwnWays';
import { namesAHardTopic, namesHardThingsOnly } from '../src/language/hardList';
import { hopeTheHardThingFits } from '../src/language/hardFitsHope';
import { onlySaysUnsure } from '../src/language/unsure';
import { wordsFor, type WhomKeys } from './aboutWhom';
import { Step } from './ids';
import { HopesText } from './hopesText';
import type { Position } from './journey';
import type { Words } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import type { Reply } from './readReply';

/*
 * Hard things said where a hope was asked for ("hes autistic and gets really anxious when things
 * change"): kept as needs, never as a hope, and the person is told so. They are linked to hopes
 * later ("same as before" at the needs questions) or by the key worker.
 */

const HARD_KEPT: WhomKeys = { self: 'hopes:hardKept.self', child: 'hopes:hardKept.child', yourChild: 'hopes:hardKept.yourChild' };

/** Stores each hard thing of the messages as a need of these hopes (none: not yet linked). */
export async function keepHardThings(session: JourneySession, said: readonly string[], hopeIds: readonly string[], helps?: string): Promise<Draft> {
  return session.updateDraft('difficulty said at a hopes question', (d) =>
    said.flatMap((text) => splitNeeds(text, namesHardThingsOnly(text) ? namesAHardTopic : saysHardThing)).reduce((next, text) => {
      const added = needOnce(next, text, [...hopeIds], needSection(text, placeOfDays(d)));
      // "my mum helps", said just after: what helps with it now.
      return helps ? helpOnce(added.draft, added.need.id, helps.trim()) : added.draft;
    }, d),
  );
}

/** "I've kept it with the hard things, not as a hope." */
export function hardKeptWords(draft: Draft | undefined): Words {
  return wordsFor(draft, HARD_KEPT);
}

const HARD_AFTER_KEPT = 'hopes:hardAfterKept';

/**
 * A hope and what makes it hard, in one message ("counting and his letters, he can't write his
 * name yet"): the hard part is kept as a need of that hope, and the person hears so.
 */
export async function keepHardSaidAfter(session: JourneySession, hope: string, hard: string): Promise<Words> {
  const hopes = (await session.draft())?.aspirations ?? [];
  const kept = hopes.find((a) => sameHope(a.text, withoutHopeFrame(hope))) ?? hopes.at(-1);
  await keepHardThings(session, [hard], kept ? [kept.id] : []);
  return { key: HARD_AFTER_KEPT, vars: { hard: quoteOf(withoutJoiningLead(hard)) } };
}

/** Position note: the last answer was kept as hard things, so "that's not a hope" takes back no hope. */
export const HARD_KEPT_NOTE = 'hardKept';

const HARD_KEPT_FOR_HOPE = 'hopes:hardKeptForHope';

/**
 * "i get anxious talking to customers" at a hopes question, with a hope to "work in a games shop":
 * kept as what makes that hope hard (the hope its words fit), never as a hope. Undefined when the
 * message is not only hard things, or no one hope fits.
 */
export async function hardForAHope(session: JourneySession, text: string): Promise<Words | undefined> {
  if (!saysHardThing(text)) return undefined;
  const hope = hopeTheHardThingFits(text, (await session.draft())?.aspirations ?? []);
  if (!hope) return undefined;
  await keepHardThings(session, [text], [hope.id]);
  return { key: HARD_KEPT_FOR_HOPE, vars: { hope: hope.text } };
}

/** The next question, with what was kept said before it. */
export function withSaidFirst(next: Next, said: Words): Next {
  return { ...next, say: [said, ...(next.say ?? [])] };
}

/** At "another hope?": the hard things are kept as needs (of the hope they fit) and the same question is asked again. */
export async function hardSaidAtMore(session: JourneySession, position: Position, text: string): Promise<Next> {
  const forHope = await hardForAHope(session, text);
  const said = forHope ?? hardKeptWords(await keepHardThings(session, [text], []));
  return { say: [said], goTo: { step: Step.hopesMore, ...(position.topic ? { topic: position.topic } : {}), data: { [HARD_KEPT_NOTE]: '1' } } };
}

/**
 * "i get nervous with customers" at "what are your hopes?" after a yes to another hope: kept with
 * the hope it fits, said so, and "another hope?" asked again. Undefined when no one hope fits.
 */
export async function hardForAnotherHope(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  if (position.data?.[HELD_HARD.words]) return undefined;
  const forHope = await hardForAHope(session, text);
  return forHope ? { say: [forHope], goTo: { step: Step.hopesMore, data: { [HARD_KEPT_NOTE]: '1' } } } : undefined;
}

/**
 * What makes life hard, said where a hope was asked for ("she is scared of water"), is not a hope:
 * the bot asks what they would love to do if it were easier, and keeps it as a need of that hope.
 * Asked once; a second answer is kept as it is.
 */
/** "i cant concentrate when its noisy and reading long stuff is hard": only hard things, however many, and no hope. */
export function barriersOnly(position: Omit<Position, 'stage'>, text: string, pieces: readonly string[]): Next | undefined {
  return saysHardThing(text) || pieces.every(saysHardThing) ? barrierFirst(position, text) : undefined;
}

export function barrierFirst(position: Omit<Position, 'stage'>, text: string, unsure = saysNotKnowingToo(text)): Next | undefined {
  if (position.data?.[HELD_HARD.words] || !saysHardThing(text)) return undefined;
  // "he hits me when he has a meltdown": the family-support line already said "That sounds hard", so the question does not say it again.
  const kind: Record<string, string> = describesChildHittingCarer(text) ? { [HELD_HARD.afterSupport]: '1' } : unsure ? { [HELD_HARD.unsure]: '1' } : {};
  return { goTo: { ...position, data: { ...position.data, [HELD_HARD.words]: text.trim(), [HELD_HARD.quote]: quoteOf(text), ...kind } } };
}

/** "dunno. i dont like busy places": a part of the message says only that they do not know. */
export function saysNotKnowingToo(text: string): boolean {
  return text.split(/[.,;!?…]+/).some((part) => onlySaysUnsure(part));
}

/** "dunno. i dont like busy places": the reply remembers that not knowing was said too. */
export function notKnowingToo(reply: Reply, typed: string): Reply {
  return reply.kind === 'content' && !reply.unsure && saysNotKnowingToo(typed) ? { ...reply, unsure: true } : reply;
}

/** Position data holding a hard thing "kept in mind" until the hope it belongs to is said, and its quote. */
export const HELD_HARD = { words: 'barrier', quote: 'quote', afterSupport: 'afterSupport', unsure: 'unsure' } as const;

/** The question asked with a hard thing held: without "That sounds hard" when the family-support line said it just before. */
export function barrierAsHope(data: Readonly<Record<string, string>> | undefined): WhomKeys {
  // "dunno. i dont like busy places": not knowing was said too, so the question is simpler and has examples.
  if (data?.[HELD_HARD.unsure] && !data[HELD_HARD.afterSupport]) return { self: HopesText.barrierUnsure, child: HopesText.barrierUnsureChild, yourChild: HopesText.barrierUnsureYourChild };
  return data?.[HELD_HARD.afterSupport]
    ? { self: HopesText.barrierAfterSupport, child: HopesText.barrierAfterSupportChild, yourChild: HopesText.barrierAfterSupportYourChild }
    : { self: HopesText.barrierAsHope, child: HopesText.barrierAsHopeChild, yourChild: HopesText.barrierAsHopeYourChild };
}
