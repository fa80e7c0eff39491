import type { TurnContext } from 'botbuilder';
import { childlineIsForThem } from '../src/domain/lifeStage';
import { capitalisedInPlan } from '../src/domain/nameOut';
import { withoutPartsAbout } from '../src/domain/partsAboutOut';
import { couldBeAName } from '../src/language/nameIsPerson';
import { fearsBeingSeen, namesThem, readPartsAboutOut } from '../src/language/seenFeared';
import { sentencesOf } from '../src/language/text';
import { keepToldAgain } from './safeguardingSaidAfter';
import { sayAll, type Words } from './say';
import type { JourneySession } from './session';

/*
 * After a worry was noted, Leon (20): "if mum shows him that hes gonna go mad. can u take the craig stuff out".
 * The fear joins the note and is answered kindly: the note goes to the safeguarding lead, not home; the plan is shared
 * only if they choose; how to get help if scared. "take the craig stuff out" takes every answer naming him out of the
 * plan (not only his name); the flag and the note keep everything. Neither is ever kept as an answer.
 */

export const SeenFearedText = {
  heard: 'safeguarding:seenFeared.heard',
  noteLead: 'safeguarding:seenFeared.noteLead',
  noteNoLead: 'safeguarding:seenFeared.noteNoLead',
  planYours: 'safeguarding:seenFeared.planYours',
  safeYoung: 'safeguarding:seenFeared.safeYoung',
  safeAdult: 'safeguarding:seenFeared.safeAdult',
} as const;

export const PartsOutText = {
  done: 'safeguarding:partsOut.done',
  none: 'safeguarding:partsOut.none',
  noteStays: 'safeguarding:partsOut.noteStays',
} as const;

const RELATION = /\b(?:step\s*dad|step\s*mum|step\s*father|step\s*mother|boyfriend|girlfriend|partner|bf|gf|fella|husband|wife|uncle|auntie|aunty|aunt|cousin|brother|sister|carer)$/;

/**
 * The words left to answer the open question ('' when none), or undefined when the message neither fears being seen
 * nor asks for a person's parts out, or no worry was noted.
 */
export async function answeredSeenFeared(context: TurnContext, session: JourneySession, text: string): Promise<string | undefined> {
  const fear = fearsBeingSeen(text);
  const out = readPartsAboutOut(text);
  if (!fear && !out) return undefined;
  const draft = await session.draft();
  const note = [...(draft?.flags ?? [])].reverse().find((f) => !f.takenBackAt);
  if (!draft || !note) return undefined;
  // A person, never a thing: a relation ("my stepdad"), or a name the note, a partner or the plan holds.
  const noteNames = (session.journey.flaggedMatters ?? []).flatMap((m) => [...(m.names ?? []), ...(m.people ?? [])]);
  const last = out?.who.split(' ').pop() ?? '';
  const person = out && (RELATION.test(out.who) || (couldBeAName(last) && (noteNames.includes(last) || (session.journey.partnerNames ?? []).includes(last) || capitalisedInPlan(draft, last) || namesThem(last).test(JSON.stringify(draft.needs) + JSON.stringify(draft.aspirations)))));
  if (!fear && !person) return undefined;
  const words: Words[] = [];
  if (fear) {
    await keepToldAgain(session, note.category, text);
    const lead = (await session.services.safeguarding?.hasLead().catch(() => false)) ?? false;
    words.push({ key: SeenFearedText.heard }, { key: lead ? SeenFearedText.noteLead : SeenFearedText.noteNoLead }, { key: SeenFearedText.planYours });
  }
  if (out && person) {
    const who = out.who.startsWith('my ') ? out.who.replace(/^my\s+/, 'your ') : out.who.charAt(0).toUpperCase() + out.who.slice(1);
    const keep = openQuestionSubjects(session);
    const { changed } = withoutPartsAbout(draft, namesThem(out.who), keep);
    if (changed > 0) await session.updateDraft('parts about someone taken out of the plan', (d) => withoutPartsAbout(d, namesThem(out.who), keep).draft);
    words.push({ key: changed > 0 ? PartsOutText.done : PartsOutText.none, vars: { who } }, { key: PartsOutText.noteStays });
  }
  if (fear) words.push({ key: childlineIsForThem(draft.youngPerson) ? SeenFearedText.safeYoung : SeenFearedText.safeAdult });
  await sayAll(context, session.t, words);
  // Any sentence neither fearful nor asking for parts out is the answer to the open question.
  return sentencesOf(text).filter((s) => !fearsBeingSeen(s) && !readPartsAboutOut(s)).join(' ').trim();
}

/** The hope, need or outcome the open question is about: never pulled from under it. */
function openQuestionSubjects(session: JourneySession): ReadonlySet<string> {
  const position = session.journey.position;
  const ids = [position?.topic, ...Object.values(position?.data ?? {})].filter((v): v is string => typeof v === 'string');
  return new Set(ids);
}
