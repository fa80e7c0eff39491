import { randomUUID } from 'node:crypto';
import type { Draft } from './draft';

/*
 * Notes the young person leaves for their key worker ("can you tell my key worker i want to start
 * in september"): kept in their words beside the plan, never turned into a hope or an outcome.
 */

/** Keeps a note for the key worker; the same words said again are kept once. */
export function addKeyWorkerNote(draft: Draft, text: string, now: Date): Draft {
  const words = text.trim();
  const notes = draft.notesForKeyWorker ?? [];
  if (!words || notes.some((n) => n.text.toLowerCase() === words.toLowerCase())) return draft;
  return { ...draft, notesForKeyWorker: [...notes, { id: randomUUID(), text: words, at: now.toISOString() }] };
}
