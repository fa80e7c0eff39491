import type { TurnContext } from 'botbuilder';
import { splitAboutThePerson } from '../src/language/sameMatter';
import { Step } from './ids';
import { sayAll } from './say';
import type { JourneySession } from './session';
import { keepToldAgain } from './safeguardingSaidAfter';
import { wasToldAgain } from './safeguardingRepeat';
import { SafeguardingText } from './safeguardingText';

/*
 * What someone does to them is never help they get: "phone me keep, brother not take" or "not lend
 * it to my frend", typed at "what helps?" after a worry about that person, goes to the note the
 * safeguarding lead reads, and the bot says so. Only the rest of the message ("help to save") is
 * kept as the answer; with nothing left, the question is asked again.
 */

/**
 * At a help question after a flagged worry (and not already added as the same worry told again): the parts about the person the worry named are added
 * to the concern and said to be noted. Returns the rest of the message to read as the answer ('' when
 * nothing is left), or undefined when the message said nothing of them.
 */
export async function worryToldAsHelp(context: TurnContext, session: JourneySession, text: string): Promise<string | undefined> {
  // Only where help is asked for: at a hope or a step, "i want to move out because my stepdad hits me" is a hope too.
  const at = session.journey.position?.step;
  if ((at !== Step.needsHelps && at !== Step.outcomeProvides) || wasToldAgain(context)) return undefined;
  for (const matter of session.journey.flaggedMatters ?? []) {
    const { worry, rest } = splitAboutThePerson(text, matter.people ?? [], matter.category);
    if (worry.length === 0) continue;
    await keepToldAgain(session, matter.category, worry.join('\n'));
    await sayAll(context, session.t, [{ key: SafeguardingText.worryNotHelp }]);
    return rest;
  }
  return undefined;
}
