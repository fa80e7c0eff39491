import type { TurnContext } from 'botbuilder';
import type { Draft } from '../src/domain/draft';
import { detectConcern } from '../src/language/concern';
import { namesANote, notesNamed, type NoteToName } from '../src/language/noteNamed';
import { Step } from './ids';
import { sayAll, type Words } from './say';
import type { JourneySession } from './session';

/*
 * "can u take off the note from the cooking bit. it was a mistake u got it wrong": with more than one
 * note, only the note the message names is marked a mix-up; a note about someone using him, made
 * earlier, stays as it was. When the message does not say which, the bot asks, and a reply that names
 * a note ("the cooking one") marks that one.
 */

export const NoteNamedText = {
  which: 'safeguarding:note.which',
  markedOne: 'safeguarding:note.markedOne',
  othersStay: 'safeguarding:note.othersStay',
} as const;

type Flags = Draft['flags'];

/** The notes not yet taken back, as the chat knows them, with where each is in `draft.flags`. */
export function openNotes(session: JourneySession, draft: Draft | undefined): { notes: NoteToName[]; at: number[] } {
  const flags: Flags = draft?.flags ?? [];
  const matters = session.journey.flaggedMatters ?? [];
  const seen = new Map<string, number>();
  const notes: NoteToName[] = [];
  const at: number[] = [];
  flags.forEach((flag, i) => {
    // The n-th note of a kind was made with the n-th matter of that kind noted in the chat.
    const n = seen.get(flag.category) ?? 0;
    seen.set(flag.category, n + 1);
    if (flag.takenBackAt) return;
    const ofKind = matters.filter((m) => m.category === flag.category);
    const matter = ofKind[n] ?? ofKind.at(-1);
    const hope = matter?.topic ? draft?.aspirations.find((a) => a.id === matter.topic)?.text : undefined;
    notes.push({ category: flag.category, atSafe: flag.step === Step.aboutMeSafe, ...(hope ? { hope } : {}), people: matter?.people ?? [], things: matter?.words ?? [] });
    at.push(i);
  });
  return { notes, at };
}

/** Which flags (by place in `draft.flags`) the message names to take back; `unclear` when it does not say which. */
export function flagsNamed(session: JourneySession, draft: Draft | undefined, text: string): { indexes: number[] } | { unclear: true } | { noneOfKind: true } {
  const { notes, at } = openNotes(session, draft);
  const named = notesNamed(text, notes);
  if ('unclear' in named || 'noneOfKind' in named) return named;
  return { indexes: 'all' in named ? at : named.indexes.map((i) => at[i]!) };
}

/**
 * The notes an objection is about ("a domestic abuse helpline? nobody is being abused"): those it
 * names, else the latest worry's (the notes made at the same moment as the newest one not taken back).
 */
export function objectedNotes(session: JourneySession, draft: Draft | undefined, text: string): number[] {
  const flags: Flags = draft?.flags ?? [];
  const { notes, at } = openNotes(session, draft);
  const named = namesANote(text, notes).map((i) => at[i]!);
  if (named.length > 0) return named;
  const open = flags.flatMap((flag, i) => (flag.takenBackAt ? [] : [i]));
  const latest = flags[open.at(-1) ?? -1];
  return latest ? open.filter((i) => flags[i]!.at === latest.at && flags[i]!.step === latest.step) : [];
}

/** What is said once some notes are marked: the plain words when every open note was, else which kind was. */
export function markedWords(t: JourneySession['t'], kindOf: (category: string) => string, flags: Flags, marked: readonly number[], everyOpen: boolean, all: Words): Words[] {
  if (everyOpen) return [all];
  const kinds = [...new Set(marked.map((i) => flags[i]?.category).filter((c): c is string => Boolean(c)))];
  return [...kinds.map((c): Words => ({ key: NoteNamedText.markedOne, vars: { kind: kindOf(c) } })), { key: NoteNamedText.othersStay }];
}

/**
 * After "which note was the mix-up?": a reply that names one or more notes ("the cooking one") marks
 * those; anything else is read as usual. A worry told in the reply is never read as naming a note.
 */
export async function answeredWhichNote(
  context: TurnContext,
  session: JourneySession,
  text: string,
  mark: (indexes: number[]) => Promise<void>,
  kindOf: (category: string) => string,
  all: Words,
): Promise<boolean> {
  if (!session.journey.noteWhich) return false;
  await session.updateJourney(({ noteWhich: _asked, ...j }) => j);
  if (text.length > 200 || detectConcern(text).concern) return false;
  const draft = await session.draft();
  const { notes, at } = openNotes(session, draft);
  const named = namesANote(text, notes).map((i) => at[i]!);
  if (named.length === 0) return false;
  await mark(named);
  await sayAll(context, session.t, markedWords(session.t, kindOf, draft?.flags ?? [], named, named.length === at.length, all));
  return true;
}
