import { THEMES, type Draft } from '../src/domain/draft';
import { isTheme } from './hopesThemeOrder';
import { barrierAsHope } from './hardSaidAtHopes';
import { END_FOR } from './hopeEndLeftOff';
import { EARLY_HOPES, earlyHopesQuestion } from './aboutMeMisplaced';
import { ANOTHER, DREAM, MORE, NOT_SURE_CHOICE, SUPPORT_AS_HOPE, THEME_CHOICES, THEME_QUESTIONS, YES_NO } from './hopesQuestions';
import { wordsFor } from './aboutWhom';
import { Step } from './ids';
import { fitsTheAge } from './hopeIdeasByAge';
import type { Position } from './journey';
import { understandMore } from './closedReplies';
import type { Question } from './say';
import { HopesText } from './hopesText';
import { NOW_SAID, NOW_SAID_WORDS } from './hopesNowSaid';

/** Position notes: `another` marks "What else do you hope for?"; `asked` lists the themes already asked. */
export const YES = 'yes';

/**
 * The question asked at each hopes step. Kept apart from the dialog so the dialog file holds only
 * how answers are read.
 */
export function hopesQuestionAt(draft: Draft | undefined, position: Position): Question {
  switch (position.step) {
    case Step.hopesMore:
      if (position.data?.[EARLY_HOPES]) return earlyHopesQuestion(draft, YES_NO, understandMore);
      return { step: Step.hopesMore, words: wordsFor(draft, MORE), choices: YES_NO, understand: understandMore };
    case Step.hopesTheme: {
      const theme = isTheme(position.topic) ? position.topic : THEMES[0];
      const words = position.data?.[NOW_SAID]
        ? wordsFor(draft, NOW_SAID_WORDS)
        : position.data?.barrier && !position.data.support
          ? wordsFor(draft, barrierAsHope(position.data), { quote: position.data.quote ?? '' })
          : position.data?.support === YES
          ? wordsFor(draft, SUPPORT_AS_HOPE, { quote: position.data.quote ?? '' })
          : position.data?.tellMe === YES
            ? { key: HopesText.themeTellMe }
            : fitsTheAge(wordsFor(draft, THEME_QUESTIONS[theme]), draft);
      return { step: Step.hopesTheme, topic: theme, words, choices: THEME_CHOICES };
    }
    case Step.hopesDream:
    default:
      if (position.data?.[NOW_SAID]) return { step: Step.hopesDream, words: wordsFor(draft, NOW_SAID_WORDS), choices: [NOT_SURE_CHOICE] };
      if (position.data?.[END_FOR]) return { step: Step.hopesDream, words: { key: HopesText.endAsk }, choices: [NOT_SURE_CHOICE] };
      if (position.data?.support === YES) return { step: Step.hopesDream, words: wordsFor(draft, SUPPORT_AS_HOPE, { quote: position.data.quote ?? '' }), choices: [NOT_SURE_CHOICE] };
      if (position.data?.barrier) return { step: Step.hopesDream, words: wordsFor(draft, barrierAsHope(position.data), { quote: position.data.quote ?? '' }), choices: [NOT_SURE_CHOICE] };
      return { step: Step.hopesDream, words: wordsFor(draft, position.data?.another === YES ? ANOTHER : DREAM), choices: [NOT_SURE_CHOICE] };
  }
}
