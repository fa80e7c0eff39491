import type { TurnContext } from 'botbuilder';
import { detectConcern } from '../src/language/concern';
import { safeguardingInChat } from '../src/language/concernInChat';
import { blamesThemForMoney, tellsMoreOfTheWorry } from '../src/language/worryToldMore';
import { Step } from './ids';
import { sayAll } from './say';
import type { JourneySession } from './session';
import { keepToldAgain } from './safeguardingSaidAfter';
import { wasToldAgain } from './safeguardingRepeat';
import { SafeguardingText } from './safeguardingText';

/*
 * "mum doesnt know he takes the dinner money", typed at any plan question after a worry about him was
 * noted: it is added to that note for the adults who keep people safe, thanked for, and the question is
 * asked again. It is never kept as an answer in the plan.
 */

/** Whether the whole message told more of a noted worry (and was added to its note and thanked for). */
export async function addedMoreOfTheWorry(context: TurnContext, session: JourneySession, text: string): Promise<boolean> {
  // "Do you feel safe?" reads its own answers; a worry told again this turn was added already.
  if (session.journey.position?.step === Step.aboutMeSafe || wasToldAgain(context)) return false;
  // Worse news ("he touches me when he takes my phone") is a disclosure of its own, answered as one, never folded in silently.
  if (detectConcern(text).concern) return false;
  const flags = (await session.draft())?.flags.filter((f) => !f.takenBackAt) ?? [];
  const noted = [...(session.journey.flaggedMatters ?? [])].reverse().filter((m) => flags.some((f) => f.category === m.category));
  // "dale says i spend it on bike bits": the blame put back on him for money gone is a further sign, and the money is his.
  // A worry said beside the blame ("... i get scared when he shouts") goes to the note with it.
  const blamed = noted.find((m) => blamesThemForMoney(text, m, (said) => safeguardingInChat(said, { parent: false }).action !== 'none'));
  const matter = blamed ?? noted.find((m) => tellsMoreOfTheWorry(text, m));
  if (!matter) return false;
  await keepToldAgain(session, matter.category, text);
  await sayAll(context, session.t, [{ key: blamed ? SafeguardingText.toldMoreMoneyBlamed : SafeguardingText.toldMoreAdded }]);
  return true;
}
