import { replaceItemText } from '../src/domain/draft';
import { readHardPutRight } from '../src/language/hardNamedAtHelps';
import { readHelpPutForHard } from '../src/language/helpPutForHard';
import { quoteOf } from '../src/language';
import { Step } from './ids';
import type { Position } from './journey';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { readYesNoReply } from './readReply';
import { hardNamedBy, hardThingsAsked } from './hardThingsAsked';
import type { Words } from './say';
import type { Draft } from '../src/domain/draft';
import { quoteNeed } from '../src/language';

/*
 * "actually wait its not really maths its more i dont know how u start a buisness" at "what already
 * helps?": the hard thing just given is put right in their words, never kept as help. When the words
 * it names are not the hard thing kept ("its not the noise" after "reading"), they are asked first.
 */

export const NeedsPutRightText = {
  changed: 'needs:putRight.changed',
  check: 'needs:putRight.check',
} as const;

/** Position note at "what already helps?": the new words for the hard thing, waiting for a yes. */
export const PUT_RIGHT = 'putRight';

/** The hard thing put right (or asked about first); undefined when the message does not put one right. */
export async function hardPutRightAtHelps(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  if (position.step !== Step.needsHelps) return undefined;
  const said = readHardPutRight(text);
  if (!said) return undefined;
  const asked = hardThingsAsked(await session.draft(), position);
  const last = asked.at(-1);
  if (!last) return undefined;
  const named = hardNamedBy(said.was, asked);
  if (!named) return { goTo: { ...position, data: { ...position.data, need: last.id, [PUT_RIGHT]: said.now } } };
  return changeHard(session, position, named.id, said.now);
}

/** The yes to "Shall I change it to ...?": changed; a no keeps the hard thing as it was. */
export async function changeHard(session: JourneySession, position: Position, needId: string, now: string): Promise<Next> {
  const before = (await session.draft())?.needs.find((n) => n.id === needId)?.text ?? '';
  await session.updateDraft('hard thing put right at what helps', (d) => replaceItemText(d, needId, now));
  const { [PUT_RIGHT]: _asked, ...data } = position.data ?? {};
  return { say: [{ key: NeedsPutRightText.changed, vars: { was: quoteOf(before), now: quoteOf(now) } }], goTo: { ...position, data } };
}

/** The answer to "Shall I change ... to ...?": yes changes it, no keeps it; anything else is read as what helps. */
export async function answerPutRight(session: JourneySession, position: Position, text: string): Promise<{ next?: Next; position: Position }> {
  const now = position.data?.[PUT_RIGHT];
  if (!now) return { position };
  const { [PUT_RIGHT]: _asked, ...data } = position.data ?? {};
  const reply = readYesNoReply(text);
  const needId = position.data?.need ?? '';
  if (reply.kind === 'yes') return { position, next: await changeHard(session, position, needId, now) };
  if (reply.kind === 'no') return { position, next: { goTo: { ...position, data } } };
  return { position: { ...position, data } };
}

/** "Shall I change "maths" to "the smells"?", asked before a hard thing that was not named is changed. */
export function putRightQuestionWords(draft: Draft | undefined, position: Position): Words | undefined {
  const now = position.data?.[PUT_RIGHT];
  const need = draft?.needs.find((n) => n.id === position.data?.need);
  return now && need ? { key: NeedsPutRightText.check, vars: { was: quoteNeed(need.text), now: quoteOf(now) } } : undefined;
}

/**
 * "so what helps is the speech therapy ... but you put that where the hard bit was, the hard bit is her
 * speech": the hard thing goes back to their words (the one that holds the help's words, else the last
 * asked about), and the help is handed back to be kept as help. Undefined when the message says no such thing.
 */
export async function hardPutBackAtHelps(session: JourneySession, position: Position, text: string): Promise<{ say: Words[]; help: string } | undefined> {
  if (position.step !== Step.needsHelps) return undefined;
  const said = readHelpPutForHard(text);
  if (!said) return undefined;
  const asked = hardThingsAsked(await session.draft(), position);
  const need = asked.find((n) => sharesWords(n.text, said.help)) ?? asked.at(-1);
  if (!need) return undefined;
  // "the hard bit is her speech" when it already says "well her speech mainly": nothing to put back.
  if (hardNamedBy(said.hard, [need])) return { say: [], help: said.help };
  await session.updateDraft('hard thing put back at what helps', (d) => replaceItemText(d, need.id, said.hard));
  return { say: [{ key: NeedsPutRightText.changed, vars: { was: quoteOf(need.text), now: quoteOf(said.hard) } }], help: said.help };
}

/** Two or more longer words in common: the hard thing was overwritten by this help. */
function sharesWords(a: string, b: string): boolean {
  const words = (t: string) => new Set(t.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  const theirs = words(b);
  return [...words(a)].filter((w) => theirs.has(w)).length >= 2;
}
