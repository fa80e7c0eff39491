import { quoteHopeIn, quoteOf } from '../src/language';
import { hopeHolds, hopeNoLongerWanted, hopesAskedToRemove, newHopeSaid, pointedHopeOff } from '../src/language/hopesRemoveAsked';
import { themeOfWords } from '../src/language/thread';
import { addAspiration } from '../src/domain/draft';
import type { DialogContext, DialogTurnResult } from './dialogKit';
import type { ChatHost } from './chatTalk';
import { YES_NO } from './commands';
import { EditText } from './editAnywhere';
import { Stage } from './ids';
import { quotedList } from './quotedList';
import { questionActivity, sayAll, type Words } from './say';
import { sessionOf } from './session';

/*
 * "can u just delete all the footballer ones pls", "i dont want to be a vet anymore" at a hopes or
 * needs question: the hopes it names are read back and taken out after one yes (editAnywhere.ts
 * answers it); then the open question as it stands. The request is never kept as a hard thing, help
 * or a hope. A new hope said beside it ("take away the vet one. my hope is to be a youtuber") is kept.
 */

export const NeedsRemoveAskedText = {
  question: 'needs:removeAsked.question',
  notFound: 'needs:removeAsked.notFound',
  newHopeKept: 'needs:removeAsked.newHopeKept',
} as const;

/** The words naming the hopes to take out, and any new hopes said after them; undefined when the message is not that. */
function readRequest(text: string): { named: string; newHopes: string[]; noLonger: boolean; pointed?: true } | undefined {
  // "no!! i meant delete the shop hope": a "no" or "wait" said on its own before the request is no part of it.
  const [first, ...rest] = text.split(/[.!?…\n]+/).map((p) => p.trim()).filter((p) => /[a-z]/i.test(p) && !/^\W*(?:no+|nope|nah|wait|oh|oops|sorry|actually)\W*$/i.test(p));
  const noLonger = first ? hopeNoLongerWanted(first) : null;
  const named = first ? (hopesAskedToRemove(first) ?? noLonger) : null;
  if (!named) return undefined;
  const newHopes = rest.map(newHopeSaid);
  return newHopes.every((h): h is string => h !== null) ? { named, newHopes, noLonger: noLonger !== null } : undefined;
}

/** "no!! i meant delete the shop hope": a take-out put right after a wrong reading, read before any answer. */
const correctionLed = (text: string): boolean => /^\W*(?:no+|nope|nah|wait)?\W*i\s+(?:meant|mean|said)\b/i.test(text.trim());

/** The turn's result when the message asks for hopes named by their words to go; undefined otherwise. */
export async function offerToTakeOutNamedHopes(inner: DialogContext, host: ChatHost, text: string, { swapOnly = false }: { swapOnly?: boolean } = {}): Promise<DialogTurnResult | undefined> {
  const session = sessionOf(inner.context);
  const at = session.journey.position;
  // "actually i dont want that one anymore. can u take it off" at a needs question: the hope it is about, never a
  // hard thing or help. At the hopes, "that one" is the hope just kept, taken back by the hopes questions themselves.
  const pointed = at?.stage === Stage.needs && at.topic && pointedHopeOff(text) ? { named: '', newHopes: [], noLonger: true, pointed: true as const } : undefined;
  const asked = pointed ?? (at?.stage === Stage.needs || at?.stage === Stage.hopes ? readRequest(text) : undefined);
  if (!at || !asked) return undefined;
  // Read before anything else only for a swap ("take away the vet one. my hope is to be a youtuber") or a hope no longer
  // wanted: a plain "take out the vet hope" is for the edit readers, which say what goes with the hope.
  if (swapOnly && asked.newHopes.length === 0 && !asked.noLonger && !correctionLed(text)) return undefined;
  const all = (await session.draft())?.aspirations ?? [];
  // Pointed at ("that one"): the hope the question is about.
  const pointedAt = asked.pointed ? all.find((a) => a.id === at.topic) : undefined;
  if (asked.pointed && !pointedAt) return undefined;
  const hopes = pointedAt ? [pointedAt] : all.filter((a) => hopeHolds(a.text, asked.named));
  const [first, ...also] = hopes;
  const kept: Words[] = [];
  for (const hope of asked.newHopes) {
    await session.updateDraft('new hope said beside a hope to take out', (d) => addAspiration(d, hope, themeOfWords(hope)).draft);
    kept.push({ key: NeedsRemoveAskedText.newHopeKept, vars: { hope: quoteHopeIn(hope, session.mode) } });
  }
  if (!first) {
    await sayAll(inner.context, session.t, [...kept, { key: NeedsRemoveAskedText.notFound }]);
    return host.reprompt(inner);
  }
  if (kept.length > 0) await sayAll(inner.context, session.t, kept);
  await session.updateJourney((j) => ({ ...j, pendingEdit: { itemId: first.id, ...(also.length > 0 ? { alsoIds: also.map((h) => h.id) } : {}) } }));
  const words: Words =
    also.length > 0
      ? { key: NeedsRemoveAskedText.question, vars: { number: String(hopes.length), hopes: `\n${quotedList(hopes.map((h) => quoteHopeIn(h.text, session.mode)))}` } }
      : { key: EditText.removeQuestion, vars: { item: quoteOf(first.text) } };
  await inner.context.sendActivity(questionActivity({ step: at.step, topic: at.topic, words, choices: YES_NO }, session.t, { mode: session.mode, stage: at.stage }));
  return host.after(inner, { then: 'wait' });
}
