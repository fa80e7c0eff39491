import { readHelperLead } from '../src/language/helperLead';
import type { DialogContext } from './dialogKit';
import { sayAll } from './say';
import { sessionOf } from './session';

/*
 * "mum here: he cooks simple meals with me", "Jo here - she means she wants more hours": a parent
 * or helper typing for a moment. The lead-in and "she means" are taken off what is kept, and the
 * young person's helper is thanked by who they are.
 */

export const HELPER_THANKED = 'common:helperThanked';

/** The message without a "mum here:" lead-in (thanked once said); the message itself when there is none. */
export async function withoutHelperLead(inner: DialogContext, text: string): Promise<string> {
  const session = sessionOf(inner.context);
  const helperName = session.journey.helper?.name;
  const lead = readHelperLead(text, helperName ? [helperName] : []);
  if (!lead) return text;
  const person = (await session.draft())?.youngPerson;
  // "Jo here - she means ...": a helper by name is not thanked as someone's role.
  if (person?.who === 'self' && person.name && !lead.named) await sayAll(inner.context, session.t, [{ key: HELPER_THANKED, vars: { name: person.name, who: lead.who } }]);
  inner.context.activity.text = lead.rest;
  return lead.rest;
}
