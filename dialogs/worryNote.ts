import type { TurnContext } from 'botbuilder';
import { readNoteAsked, takesTheNoteBack, withoutFearedReading } from '../src/language';
import { takeBackAllFlags, takeBackFlagsAt } from '../src/domain/commentOperations';
import { normaliseMessage } from '../src/language/text';
import { saysNothingTakenBack } from '../src/language/noteTalkBeside';
import { errorSummary } from '../src/log';
import { detectConcern, isConcernCategory } from '../src/language/concern';
import { asksIfTheNoteSaysSelfHarm } from '../src/language/noteSaysAsked';
import { flagsNamed, markedWords, NoteNamedText, answeredWhichNote } from './noteNamedMixUp';
import { sayAll, type Words } from './say';
import { aboutWhom, wordsFor } from './aboutWhom';
import type { JourneySession } from './session';

/*
 * "wat worrying thing?? take that note off", at the review or anywhere: the note about a worry is
 * said plainly (what kind of worry it sounded like, and when), it stays so that an adult can check
 * all is well, and a mix-up is theirs to say to their key worker or that adult. Never "I did not
 * keep that as an answer", which answers nothing they asked.
 */

export const WorryNoteText = {
  about: 'safeguarding:note.about',
  aboutAll: 'safeguarding:note.aboutAll',
  each: 'safeguarding:note.each',
  when: 'safeguarding:note.when',
  stays: 'safeguarding:note.stays',
  mixUp: 'safeguarding:note.mixUp',
  yes: 'safeguarding:note.yes',
  takenBack: 'safeguarding:note.takenBack',
  markedMixUp: 'safeguarding:note.markedMixUp',
  none: 'safeguarding:note.none',
  noneUpset: 'safeguarding:note.noneUpset',
  noneBefore: 'safeguarding:note.noneBefore',
  /** A note of one kind asked off when every note made is of another kind: which notes there are is said next, so both answers agree. */
  noneOfThatKindButOther: 'safeguarding:note.noneOfThatKindButOther',
} as const;

const NOTE_KIND = {
  self_harm_or_suicide: 'safeguarding:note.kind.self_harm_or_suicide',
  harm_from_others: 'safeguarding:note.kind.harm_from_others',
  sexual_abuse: 'safeguarding:note.kind.sexual_abuse',
  neglect: 'safeguarding:note.kind.neglect',
  bullying: 'safeguarding:note.kind.bullying',
  exploitation: 'safeguarding:note.kind.exploitation',
  domestic_abuse: 'safeguarding:note.kind.domestic_abuse',
  other: 'safeguarding:note.kind.other',
} as const;
type Kind = keyof typeof NOTE_KIND;
const kindOf = (category: string): Kind => (isConcernCategory(category) ? category : 'other');

const NOTE_PLACE = {
  welcome: 'safeguarding:note.place.welcome',
  aboutMe: 'safeguarding:note.place.aboutMe',
  safe: 'safeguarding:note.place.safe',
  hopes: 'safeguarding:note.place.hopes',
  needs: 'safeguarding:note.place.needs',
  outcomes: 'safeguarding:note.place.outcomes',
  review: 'safeguarding:note.place.review',
} as const;
type Place = keyof typeof NOTE_PLACE;
/** The same parts of the chat as a parent or carer knows them: "when we talked about Tobi and what matters to him". */
const NOTE_PLACE_CHILD: Record<Place, string> = {
  welcome: 'safeguarding:note.placeChild.welcome',
  aboutMe: 'safeguarding:note.placeChild.aboutMe',
  safe: 'safeguarding:note.placeChild.safe',
  hopes: 'safeguarding:note.placeChild.hopes',
  needs: 'safeguarding:note.placeChild.needs',
  outcomes: 'safeguarding:note.placeChild.outcomes',
  review: 'safeguarding:note.placeChild.review',
};
const PLACES = Object.keys(NOTE_PLACE) as Place[];
/** The part of the chat a step id belongs to, in the words a young person knows ("outcome.when" is the plan's steps). */
function placeOf(step: string): Place {
  if (step === 'aboutMe.safe') return 'safe';
  const stage = step.split('.')[0] === 'outcome' ? 'outcomes' : step.split('.')[0];
  return (PLACES as readonly string[]).includes(stage ?? '') ? (stage as Place) : 'welcome';
}

/** Each worry noted, by kind and where in the chat, once each, in the order told (at most four). */
export function worriesNoted(flags: readonly { category: string; step: string }[]): { kind: Kind; place: Place }[] {
  const seen = new Map<string, { kind: Kind; place: Place }>();
  for (const flag of flags) {
    const worry = { kind: kindOf(flag.category), place: placeOf(flag.step) };
    seen.set(`${worry.kind}|${worry.place}`, seen.get(`${worry.kind}|${worry.place}`) ?? worry);
  }
  return [...seen.values()].slice(0, 4);
}

/**
 * Answers a question about the note, or an objection to it ("I don't like that there is a note about
 * abuse"); false (nothing said) when the message is not about the note. The answer covers every worry
 * noted, not only the latest. "Is there a note...?" is answered yes or no from the draft itself, so a
 * plain question never gets a guess or a worried check. An objection is read only outside the
 * safeguarding steps and never in a tapped button.
 */
export async function answeredWorryNote(context: TurnContext, session: JourneySession, text: string, heard: { inSafeguarding: boolean; tapped: boolean }): Promise<boolean> {
  // "the cooking one", after "which note was the mix-up?": that note is marked.
  if (!heard.tapped && (await answeredWhichNote(context, session, text, async (indexes) => markedAsMixUp(session, (await session.draft())?.flags ?? [], text, indexes), (c) => session.t(NOTE_KIND[kindOf(c)]), { key: WorryNoteText.markedMixUp }))) return true;
  // "does it say i hurt myself or something? cos i didnt": what the note says, asked; answered like "is there a note?".
  const asked = readNoteAsked(text) ?? (asksIfTheNoteSaysSelfHarm(text) ? { whether: true, what: true, off: false, objects: false } : undefined);
  const objects = asked?.objects === true && !heard.inSafeguarding && !heard.tapped;
  if (!asked || !(asked.whether || asked.what || objects)) return false;
  // "that scared me, remove the note, he makes me sleep in his bed": a worry told beside the request, even one the
  // classifier is unsure of, is left to the safeguarding reader, never answered only as talk about the note.
  if (!asked.whether && toldBeside(text)) return false;
  const flags = (await session.draft())?.flags ?? [];
  const worries = worriesNoted(flags);
  // Every note taken back as a misread answer: they hear that it says so, not to go and tell someone.
  const allTakenBack = flags.length > 0 && flags.every((flag) => flag.takenBackAt);
  const whether = asked.whether;
  if (worries.length === 0) {
    // No note: a plain "No" to whether there is one; to an objection, that there is none and who to talk to.
    if (!whether && !objects) return false;
    await sayAll(context, session.t, [{ key: whether ? WorryNoteText.none : WorryNoteText.noneUpset }]);
    return true;
  }
  const t = session.t;
  const kind = (k: Kind) => t(NOTE_KIND[k]);
  const draftNow = await session.draft();
  const child = aboutWhom(draftNow).whom === 'child' ? wordsFor(draftNow, { self: '', child: '', yourChild: '' }).vars : undefined;
  const when = (p: Place) => (child ? t(NOTE_PLACE_CHILD[p], child) : t(NOTE_PLACE[p]));
  const about: Words[] =
    worries.length === 1
      ? [
          { key: WorryNoteText.about, vars: { kind: kind(worries[0]!.kind) } },
          { key: WorryNoteText.when, vars: { when: when(worries[0]!.place) } },
        ]
      : [{ key: WorryNoteText.aboutAll }, ...worries.map((w): Words => ({ key: WorryNoteText.each, vars: { kind: kind(w.kind), when: when(w.place) } }))];
  const yes: Words[] = whether ? [{ key: WorryNoteText.yes }] : [];
  // "nobody is hurting Grace, remove the note": never deleted; marked taken back, and their words go to the lead.
  // With more than one note, only the one the message names ("the note from the cooking bit"); when it is unclear
  // which, the notes are listed and they are asked which one.
  if (!allTakenBack && takesTheNoteBack(text)) {
    const draft = await session.draft();
    const named = flagsNamed(session, draft, text);
    // "the bit about hurting myself was not true" when the only note is about someone else: no note of that kind.
    // The notes there are are said beside it, so "is there a note?" a moment later never seems to contradict it.
    if ('noneOfKind' in named) {
      await sayAll(context, t, [{ key: WorryNoteText.noneOfThatKindButOther }, ...about, { key: WorryNoteText.stays }, { key: allTakenBack ? WorryNoteText.takenBack : WorryNoteText.mixUp }]);
      return true;
    }
    if ('unclear' in named) {
      await session.updateJourney((j) => ({ ...j, noteWhich: true }));
      await sayAll(context, t, [...yes, ...about, { key: NoteNamedText.which }]);
      return true;
    }
    const open = flags.filter((flag) => !flag.takenBackAt).length;
    await markedAsMixUp(session, flags, text, named.indexes);
    const marked = markedWords(t, (c) => kind(kindOf(c)), flags, named.indexes, named.indexes.length === open, { key: WorryNoteText.markedMixUp });
    await sayAll(context, t, [...yes, ...(named.indexes.length === open ? about : []), ...marked]);
    return true;
  }
  await sayAll(context, t, [...yes, ...about, { key: WorryNoteText.stays }, { key: allTakenBack ? WorryNoteText.takenBack : WorryNoteText.mixUp }]);
  return true;
}

/** A clause beside the talk about the note that, read alone, tells of a worry ("... he makes me sleep in his bed"). */
// "I don't want the key worker think there is bullying" names a harm only as what someone might wrongly read in the note: no worry told.
function toldBeside(text: string): boolean {
  const clauses = text.split(/[.,;!?…]+\s*|\s+-+\s+/).filter((clause) => readNoteAsked(clause) === undefined).map(withoutFearedReading);
  return clauses.some((clause) => /\p{L}{3,}/u.test(clause) && detectConcern(clause).concern === true);
}

/**
 * Every flag not yet taken back (or only those at `indexes` in the draft's flags) is marked so; what
 * they said is added to each concern the lead reads.
 */
export async function markedAsMixUp(session: JourneySession, flags: readonly { category: string; takenBackAt?: string }[], text: string, indexes?: readonly number[]): Promise<void> {
  // "i havent taken anything back": no note is marked as a mix-up.
  if (saysNothingTakenBack(normaliseMessage(text))) return;
  const open = [...new Set(flags.filter((flag, i) => !flag.takenBackAt && (!indexes || indexes.includes(i))).map((flag) => flag.category))];
  const draft = await session.updateDraft('safeguarding notes taken back', (d) => (indexes ? takeBackFlagsAt(d, indexes, session.today) : takeBackAllFlags(d, session.today)));
  const service = session.services.safeguarding;
  if (!service || !draft) return;
  for (const category of open) {
    await service.addToldAgain(draft.id, category, text).catch((error: unknown) => session.services.log?.error({ err: errorSummary(error) }, 'could not add to a safeguarding concern'));
  }
}
