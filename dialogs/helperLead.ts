import { readHelperLead } from '../src/language/helperLead';
import type { DialogContext } from './dialogKit';
import { sayAll } from './say';
import { sessionOf } from './session';

/*
 * "mum here: he cooks simple meals with me": a parent typing for a moment. The lead-in is taken
 * off what is kept, and the young person's helper is thanked by who they are.
 */

export const HELPER_THANKED = 'common:helperThanked';

/** The message without a "mum here:" lead-in (thanked once said); the message itself when there is none. */
export async function withoutHelperLead(inner: DialogContext, text: string): Promise<string> {
  const lead = readHelperLead(text);
  if (!lead) return text;
  const session = sessionOf(inner.context);
  const person = (await session.draft())?.youngPerson;
  if (person?.who === 'self' && person.name) await sayAll(inner.context, session.t, [{ key: HELPER_THANKED, vars: { name: person.name, who: lead.who } }]);
  inner.context.activity.text = lead.rest;
  return lead.rest;
}
