import type { TurnContext } from 'botbuilder';
import { safeguardingInChat } from '../src/language';
import { isTimeWithNoted, namesOneOf } from '../src/language/timeWithNoted';
import { sayAll } from './say';
import type { JourneySession } from './session';
import { keepToldAgain } from './safeguardingSaidAfter';
import { SafeguardingText } from './safeguardingText';

/*
 * After a note that someone is using or grooming them ("reece is 19 n he says i owe him for the vapes n lifts"), a hope
 * to spend time with that person ("go out wiv reece", "stay at his on weekends") is never coached into a plan: that
 * would plan more time with the one hurting them. They are told kindly the bot can't help with that, that a safe adult
 * can talk it through, and it goes to the note; then the question moves on. "stop seeing reece" is a hope kept as ever.
 */

/** The kinds of note where time with the person is the harm itself. */
const KINDS = new Set(['exploitation', 'sexual_abuse']);

const capital = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/** Whether the answer at a hope or goal question was time with the person a note is about (then answered, never kept). */
export async function answeredTimeWithNoted(context: TurnContext, session: JourneySession, text: string): Promise<boolean> {
  const step = session.journey.position?.step ?? '';
  if (!step.startsWith('hopes.') && !step.startsWith('outcome.')) return false;
  const flags = (await session.draft())?.flags.filter((f) => !f.takenBackAt && KINDS.has(f.category)) ?? [];
  if (flags.length === 0) return false;
  const matters = (session.journey.flaggedMatters ?? []).filter((m) => KINDS.has(m.category) && (m.names ?? []).length > 0);
  const names = [...new Set(matters.flatMap((m) => m.names ?? []))];
  if (names.length === 0) return false;
  // "I will stay at his on weekends" for a hope about Reece: "his" is Reece's.
  const draft = await session.draft();
  const topic = session.journey.position?.topic;
  const hope = topic ? draft?.aspirations.find((a) => a.id === topic)?.text : undefined;
  const hopeNamed = hope ? names.find((n) => namesOneOf(hope, [n])) : undefined;
  if (!isTimeWithNoted(text, names, hopeNamed !== undefined)) return false;
  // "i want to see reece but he hits me": a new worry beside it is heard as ever, never only added to the note.
  if (safeguardingInChat(text, { parent: false }).action !== 'none') return false;
  const name = names.find((n) => namesOneOf(text, [n])) ?? hopeNamed ?? names[0]!;
  const category = matters.find((m) => (m.names ?? []).includes(name))?.category ?? flags[0]!.category;
  await keepToldAgain(session, category, text);
  await sayAll(context, session.t, [{ key: SafeguardingText.timeWithNotedCantPlan, vars: { name: capital(name) } }, { key: SafeguardingText.timeWithNotedTalk }, { key: SafeguardingText.timeWithNotedNext }]);
  return true;
}
