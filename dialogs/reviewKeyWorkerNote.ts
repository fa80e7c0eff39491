import { addKeyWorkerNote, type Draft } from '../src/domain/draft';
import { quoteOf } from '../src/language';
import { keyWorkerNoteSaid } from '../src/language/keyWorkerNote';
import type { Position } from './journey';
import { ReviewText as T } from './reviewText';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import type { Words } from './say';

/*
 * "can you tell my key worker i want to start in september" at the review: kept as a note for the
 * key worker, in their words, beside the plan (the review site and the exports show it), and the
 * same question asked again. Never a hope, a change or talk about the chat.
 */

export async function keyWorkerNoteIn(session: JourneySession, draft: Draft | undefined, position: Position, text: string): Promise<Next | undefined> {
  const note = draft ? keyWorkerNoteSaid(text) : null;
  if (!note) return undefined;
  await session.updateDraft('note for the key worker', (d) => addKeyWorkerNote(d, note, session.today));
  const again = { step: position.step, ...(position.topic ? { topic: position.topic } : {}), ...(position.data ? { data: position.data } : {}) };
  return { say: [{ key: T.noteKept, vars: { text: quoteOf(note) } }], goTo: again };
}

/** "we've been on the waiting list for a year" where help was asked for: not help given, so a note for the key worker, and the question again. */
export async function waitNoted(session: JourneySession, position: Position, text: string): Promise<Next> {
  await session.updateDraft('a wait for help, noted for the key worker', (d) => addKeyWorkerNote(d, text, session.today));
  return { say: [{ key: T.noteKept, vars: { text: quoteOf(text) } }], goTo: position };
}

/**
 * "no thats all. but i want it written down somewhere that school keep saying hes fine and he isnt":
 * the sentence asking for it to be written down is kept as a note for the key worker (who reads it
 * with the plan), and the rest still answers the question. Undefined when no such sentence is said.
 */
export async function noteBesideAnswer(session: JourneySession, text: string): Promise<{ said: Words; rest: string } | undefined> {
  const sentences = text.trim().split(/(?<=[.!?;])\s+/);
  const at = sentences.findIndex((s) => keyWorkerNoteSaid(s) !== null);
  const note = at >= 0 ? keyWorkerNoteSaid(sentences[at]!) : null;
  if (!note) return undefined;
  await session.updateDraft('note for the key worker', (d) => addKeyWorkerNote(d, note, session.today));
  const rest = sentences.filter((_, i) => i !== at).join(' ').trim();
  return { said: { key: T.noteKept, vars: { text: quoteOf(note) } }, rest };
}
