import { themeCoverage } from '../src/domain/checks';
import { THEMES, type Draft, type ThemeId } from '../src/domain/draft';
import { Step } from './ids';
import type { Position } from './journey';
import { HopesText } from './hopesText';
import type { Next } from './stageDialog';

/*
 * Which hopes question comes next: the open hopes first, then the Preparing for Adulthood themes
 * not yet covered (src/domain/checks.ts decides how many), then the end of the stage.
 */

/** Hopes asked for openly (the dream and "another?") before the themes are explored. */
export const MAX_OPEN_HOPES = 3;
/** Enough to choose 3 to 6 outcomes from without the stage feeling endless. */
export const MAX_HOPES = 6;

export function isTheme(topic: string | undefined): topic is ThemeId {
  return THEMES.some((theme) => theme === topic);
}

/** The themes already asked, kept in the position's `asked` note. */
export function askedThemes(position: Pick<Position, 'data'>): ThemeId[] {
  return (position.data?.asked ?? '').split(',').filter(isTheme);
}

/** From the open hopes to the first theme question, introduced once. */
export function towardsThemes(draft: Draft | undefined, asked: ThemeId[]): Next {
  const next = nextTheme(draft, asked);
  return next.goTo ? { ...next, say: [{ key: HopesText.themeIntro }, ...(next.say ?? [])] } : next;
}

/** The next theme without a hope that has not been asked yet, or the end of the stage. */
export function nextTheme(draft: Draft | undefined, asked: ThemeId[]): Next {
  const count = draft?.aspirations.length ?? 0;
  const coverage = draft ? themeCoverage(draft) : undefined;
  const theme = coverage && !coverage.enough && count < MAX_HOPES ? coverage.uncovered.find((t) => !asked.includes(t)) : undefined;
  if (theme) return { goTo: { step: Step.hopesTheme, topic: theme, data: { asked: asked.join(',') } } };
  return { say: [{ key: count > 0 ? HopesText.done : HopesText.noHopes }] };
}
