import { hopesIn } from '../src/language/hopesInMessage';
import { helpBesideHope } from '../src/language/helpBesideHope';
import { helpTurnedDown, namesAgain } from '../src/language/hopeRemarks';
import { Step } from './ids';
import type { Position } from './journey';
import { HopesText } from './hopesText';
import { addAboutMe } from '../src/domain/draft';
import { coachHope, quoteOf } from '../src/language';
import { askedThemes, isTheme, MAX_HOPES, MAX_OPEN_HOPES, nextTheme, towardsThemes } from './hopesThemeOrder';
import { howToFix, keepHopes } from './hopesKept';
import type { JourneySession } from './session';
import type { Next } from './stageDialog';
import type { Words } from './say';

/* Hopes told apart from help at the hopes questions, and put right when the bot got it wrong. */

const YES = 'yes';

/**
 * A hope that is really support ("more help in class", "a laptop") is kept as how best to support
 * them (section A), and the bot asks what it would help them do one day. Asked once: a second
 * answer of support is kept the same way and the stage moves on.
 */
export async function supportFirst(session: JourneySession, position: Omit<Position, 'stage'>, text: string): Promise<Next | undefined> {
  if (coachHope(text) !== 'support_as_hope') return undefined;
  await session.updateDraft('support offered as a hope', (d) => addAboutMe(d, 'support', text));
  if (position.data?.support === YES) {
    const draft = await session.draft();
    const asked = [...askedThemes(position as Position), ...(isTheme(position.topic) ? [position.topic] : [])];
    return position.step === Step.hopesTheme ? nextTheme(draft, asked) : towardsThemes(draft, []);
  }
  return { goTo: { ...position, data: { ...position.data, support: YES, quote: quoteOf(text) } } };
}

/**
 * "no i want a boyfrend" or "what? not help. me WANT go deaf club", just after the bot kept an
 * answer as help: the bot got it wrong. The words kept as help are moved to the hopes and read
 * back. New hopes said beside are kept too; the same hope said again is not kept twice.
 */
export async function helpWasAHope(session: JourneySession, position: Position, text: string): Promise<Next | undefined> {
  // At a theme question too: "what do you mean. it isnt help its what i want" after "I saved ... as help".
  if ((position.step !== Step.hopesDream && position.step !== Step.hopesTheme) || position.data?.support !== YES) return undefined;
  const support = (await session.draft())?.aboutMe.support ?? [];
  const saved = support[support.length - 1];
  if (!saved) return undefined;
  const turnedDown = helpTurnedDown(text, saved);
  if (!turnedDown) return undefined;
  await session.updateDraft('help moved to hopes', (d) => ({ ...d, aboutMe: { ...d.aboutMe, support: d.aboutMe.support.slice(0, -1) } }));
  const more = hopesIn(turnedDown.rest).filter((hope) => !namesAgain(hope, saved));
  // Kept on its own: the person said it is a hope, so it is never read as help again.
  const moved = await keepHopes(session, [saved], null, undefined, saved);
  const kept = more.length > 0 ? await keepHopes(session, more, null, undefined, turnedDown.rest) : moved;
  const readBack = more.length > 0 ? [...moved.readBack, ...kept.readBack] : moved.readBack;
  const open = kept.draft.aspirations.length < MAX_OPEN_HOPES && kept.draft.aspirations.length < MAX_HOPES;
  const sorry = { key: HopesText.helpWasAHope };
  if (open && position.step === Step.hopesDream) return { say: [sorry, ...readBack, ...howToFix(kept, true)], goTo: { step: Step.hopesMore } };
  // At a theme question the themes go on from where they were.
  const next = position.step === Step.hopesTheme ? nextTheme(kept.draft, [...askedThemes(position), ...(isTheme(position.topic) ? [position.topic] : [])]) : towardsThemes(kept.draft, []);
  return { ...next, say: [sorry, ...readBack, ...(next.say ?? [])] };
}

/**
 * "stay in my flat. jen helps me with money i want to do it more myself": who helps now is kept as
 * help that works, said back, and the rest read as hopes ("i want to do my money more myself").
 */
export async function helpBesideKept(session: JourneySession, text: string): Promise<{ text: string; said: Words } | undefined> {
  const beside = helpBesideHope(text);
  if (!beside) return undefined;
  await session.updateDraft('help said beside a hope', (d) => addAboutMe(d, 'support', beside.help));
  return { text: beside.rest, said: { key: HopesText.helpBeside, vars: { quote: quoteOf(beside.help) } } };
}
