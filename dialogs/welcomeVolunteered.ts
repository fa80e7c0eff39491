import { setYoungPerson } from '../src/domain/draft';
import { PRONOUNS, RELATIONSHIPS } from '../src/domain/draft';
import { whoSpeaksForThem } from '../src/domain/aboutWhom';
import type { AgeOrYear } from '../src/language/ageOrYear';
import { readVolunteered, type Volunteered } from '../src/language/volunteered';
import type { WhoKind } from '../src/language/whoAnswer';
import { aboutWhom, speaksForThem } from './aboutWhom';
import { Step, type StepId } from './ids';
import type { Position } from './journey';
import type { Words } from './say';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import { keepAgeOrYear } from './welcomeAge';
import { adultWorry } from './welcomeWorry';
import { whoValue, WelcomeText } from './welcomeText';

/*
 * Facts given before they are asked ("hi im Jade im 15", "I'm his mum, he's 6, called Leo") are
 * not asked again. Nothing is kept before consent: until then they wait in the open question's
 * notes, and are dropped if the person says no. After consent they are stored, read back, and
 * their questions are skipped; a name that may not be one is checked first ("Shall I call you Jade?").
 */

/** Position notes: facts waiting for consent or for a question before them, and the questions already answered. */
const HELD = { who: 'heldWho', pronoun: 'heldPronoun', relationship: 'heldRelationship', name: 'heldName', nameSure: 'heldNameSure', age: 'heldAge', year: 'heldYear' } as const;
const KNOWN = 'known';
/** Marks the name question while it checks its best reading; shared with the welcome dialog. */
export const CONFIRMING = 'confirm';

const WHO_KINDS: readonly WhoKind[] = ['young_person', 'young_person_helped', 'parent_or_carer', 'supporter'];
const ORDER: readonly StepId[] = [Step.welcomeWho, Step.welcomeName, Step.welcomeAge];

type Notes = Record<string, string>;

/** The facts as position notes. */
function asNotes(facts: Volunteered): Notes {
  return {
    ...(facts.who ? { [HELD.who]: facts.who } : {}),
    ...(facts.pronoun ? { [HELD.pronoun]: facts.pronoun } : {}),
    ...(facts.relationship ? { [HELD.relationship]: facts.relationship } : {}),
    ...(facts.name ? { [HELD.name]: facts.name, [HELD.nameSure]: facts.nameSure ? 'yes' : 'no' } : {}),
    ...(facts.age?.age !== undefined ? { [HELD.age]: String(facts.age.age) } : {}),
    ...(facts.age?.schoolYear !== undefined ? { [HELD.year]: String(facts.age.schoolYear) } : {}),
  };
}

/** The facts waiting in position notes. */
export function heldIn(notes: Notes | undefined): Volunteered | undefined {
  if (!notes) return undefined;
  const who = WHO_KINDS.find((w) => w === notes[HELD.who]);
  const pronoun = PRONOUNS.find((p) => p === notes[HELD.pronoun]);
  const relationship = RELATIONSHIPS.find((r) => r === notes[HELD.relationship]);
  const age = notes[HELD.age] !== undefined ? Number(notes[HELD.age]) : undefined;
  const year = notes[HELD.year] !== undefined ? Number(notes[HELD.year]) : undefined;
  const ageOrYear: AgeOrYear = { ...(age !== undefined && Number.isInteger(age) ? { age } : {}), ...(year !== undefined && Number.isInteger(year) ? { schoolYear: year } : {}) };
  const hasAge = ageOrYear.age !== undefined || ageOrYear.schoolYear !== undefined;
  if (!who && !notes[HELD.name] && !hasAge) return undefined;
  return {
    ...(who ? { who } : {}),
    ...(pronoun ? { pronoun } : {}),
    ...(relationship ? { relationship } : {}),
    ...(notes[HELD.name] ? { name: notes[HELD.name] } : {}),
    nameSure: notes[HELD.nameSure] === 'yes',
    ...(hasAge ? { age: ageOrYear } : {}),
  };
}

/** Earlier facts, with what this message adds; what is said now wins. */
export function withSaid(earlier: Volunteered | undefined, now: Volunteered | undefined): Volunteered | undefined {
  if (!earlier) return now;
  if (!now) return earlier;
  return { ...earlier, ...now, nameSure: now.name ? now.nameSure : earlier.nameSure, ...(now.name ? {} : earlier.name ? { name: earlier.name } : {}) };
}

/** The notes of a position with the facts said in `text` added to those already waiting there. */
export function holding(notes: Notes | undefined, text: string): Notes | undefined {
  const facts = withSaid(heldIn(notes), readVolunteered(text));
  if (!facts) return notes;
  const kept = Object.fromEntries(Object.entries(notes ?? {}).filter(([key]) => !Object.values(HELD).some((k) => k === key)));
  return { ...kept, ...asNotes(facts) };
}

/** What to say when someone introduces themselves before the first question is answered. */
export function heardBeforeConsent(facts: Volunteered | undefined): Words | undefined {
  if (!facts) return undefined;
  if (facts.who === 'young_person' && facts.name && facts.nameSure) return { key: WelcomeText.heardName, vars: { name: facts.name } };
  return { key: WelcomeText.heard };
}

/** Someone who tells us who they are at the consent question: greeted by the name they gave. */
export function metBeforeConsent(facts: Volunteered | undefined): Words | undefined {
  if (!facts) return undefined;
  if (facts.who === 'young_person' && facts.name) return { key: WelcomeText.nameThanks, vars: { name: facts.name } };
  return { key: WelcomeText.heard };
}

function knownIn(notes: Notes | undefined): StepId[] {
  return (notes?.[KNOWN] ?? '').split(',').flatMap((s) => ORDER.filter((step) => step === s));
}

/** The next welcome question after `after` that was not answered already, with the notes it carries. */
export function forward(after: StepId, notes: Notes | undefined): Omit<Position, 'stage'> {
  const known = knownIn(notes);
  const from = ORDER.indexOf(after);
  const step = ORDER.slice(from + 1).find((s) => !known.includes(s));
  if (!step) return { step: Step.welcomeInvite };
  return known.length > 0 && step !== Step.welcomeAge ? { step, data: { [KNOWN]: known.join(',') } } : { step };
}

/**
 * Stores facts given before their questions (after consent), reads them back, and moves on to the
 * first question still to ask. They are kept in the questions' order (who, name, age): a fact
 * waits, in the notes of the question before it, until that question is answered, so a child's
 * age is never taken for one chatting alone before we know who is chatting.
 */
export async function keepVolunteered(session: JourneySession, facts: Volunteered | undefined, after: StepId, notes: Notes | undefined): Promise<Next> {
  const say: Words[] = [];
  let known = knownIn(notes);
  const withKnown = (data: Notes = {}): Notes => ({ ...data, ...(known.length ? { [KNOWN]: known.join(',') } : {}) });
  const left = { ...facts, nameSure: facts?.nameSure ?? false };
  for (const step of ORDER.slice(ORDER.indexOf(after) + 1)) {
    if (known.includes(step)) continue;
    if (!left.who && !left.name && !left.age) break;
    if (step === Step.welcomeWho) {
      if (!left.who) return { say, goTo: { step, data: withKnown(asNotes(left)) } };
      const who = whoValue(left.who);
      const draft = await session.updateDraft('who is chatting', (d) => setYoungPerson(d, { who, ...(left.pronoun ? { pronoun: left.pronoun } : {}), ...(left.relationship && whoSpeaksForThem(who) ? { relationship: left.relationship } : {}) }));
      if (speaksForThem(draft)) say.push(await adultWorry(session));
      known = [...known, step];
      delete left.who;
    } else if (step === Step.welcomeName) {
      const rest = asNotes({ ...left, name: undefined, nameSure: false });
      if (!left.name) return { say, goTo: { step, data: withKnown(rest) } };
      // A name that may not be one is checked: "Shall I call you Jade?"
      if (!left.nameSure) return { say, goTo: { step, data: withKnown({ [CONFIRMING]: left.name, ...rest }) } };
      const name = left.name;
      const draft = await session.updateDraft('name', (d) => setYoungPerson(d, { name }));
      say.push({ key: speaksForThem(draft) ? WelcomeText.nameThanksChild : WelcomeText.nameThanks, vars: { name } });
      known = [...known, step];
      delete left.name;
    } else if (step === Step.welcomeAge && left.age) {
      const draft = await session.draft();
      const next = await keepAgeOrYear(session, left.age);
      say.push(ageReadBack(left.age, speaksForThem(draft), aboutWhom(draft).name || undefined), ...(next.say ?? []));
      // An age alone in the autumn term: which school year?
      if (next.goTo?.step === Step.welcomeAge) return { say, goTo: next.goTo };
      known = [...known, step];
      delete left.age;
    }
  }
  return { say, goTo: forward(after, withKnown()) };
}

/** "Thanks. I've noted that you are 15.": an age kept without its question is read back. */
function ageReadBack(age: AgeOrYear, child: boolean, name: string | undefined): Words {
  const year = age.schoolYear;
  // Nursery and Reception are read back as the age, when it was said.
  if (year !== undefined && year < 1 && age.age === undefined) return { key: WelcomeText.ageNotedSchool };
  if (year !== undefined && year >= 1) return { key: child ? (name ? WelcomeText.ageNotedYearChild : WelcomeText.ageNotedYearYourChild) : WelcomeText.ageNotedYear, vars: { year, name: name ?? '' } };
  return { key: child ? (name ? WelcomeText.ageNotedChild : WelcomeText.ageNotedYourChild) : WelcomeText.ageNoted, vars: { age: age.age ?? '', name: name ?? '' } };
}
