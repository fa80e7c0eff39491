import type { Words } from './say';
import type { JourneySession } from './session';
import { WelcomeText } from './welcomeText';

/*
 * What happens to a worry, said at the welcome before anything is told, so nobody is surprised
 * later: with a safeguarding lead, a disclosure is passed on to an adult whose job is to keep the
 * young person safe; without one, it is noted, and the key worker sees the note if the plan is
 * shared. The young person reads it at consent; a parent, carer or supporter hears it again in
 * words for adults once they say who is chatting.
 */

/** Whether the service has a safeguarding lead to pass a worry on to. */
export async function hasSafeguardingLead(session: JourneySession): Promise<boolean> {
  return (await session.services.safeguarding?.hasLead().catch(() => false)) ?? false;
}

/** The consent's sentence about worries, for the young person. */
export async function consentWorry(session: JourneySession): Promise<Words> {
  return { key: (await hasSafeguardingLead(session)) ? WelcomeText.consentWorryLead : WelcomeText.consentWorry };
}

/** The same promise for an adult chatting about a young person. */
export async function adultWorry(session: JourneySession): Promise<Words> {
  return { key: (await hasSafeguardingLead(session)) ? WelcomeText.whoAdultWorryLead : WelcomeText.whoAdultWorry };
}
