import type { StatementKind, ThemeId } from './labels';
import { detectConcern, type Concern } from './concern';
import { isEarlyYears, monthsAhead, statementFeatures, type StatementCues } from './features';
import { encodeFeatures } from './featureIndex';
import { findJargon, type JargonHit } from './jargon';
import { MODEL_FEATURES, loadModels } from './model';
import { smartCheck, type SmartFlags, type SmartReason } from './smart';
import { findTimePhrase, type TimeContext, type Timeframe } from './timeframe';
import { needSection, providerOf } from './planPart';
import { tidyTextSpeak } from './textSpeak';

/** The words with text-speak spelled out ("sum1" is "someone", "wiv" is "with"); the same text when there is none. */
function asMeant(text: string): string {
  const tidied = tidyTextSpeak(text);
  return tidied.toLowerCase().replace(/'/g, '') === text.replace(/\s+/g, ' ').trim().toLowerCase().replace(/'/g, '') ? text : tidied;
}

/** Which part of the plan a need or a piece of provision belongs to (EHC sections B/F, C/G, D/H); a suggestion for the key worker. */
export type PlanPart = 'education' | 'health' | 'social_care';

export interface StatementAnalysis {
  kind: StatementKind;
  /** How sure the kind classifier is, 0 to 1. */
  kindConfidence: number;
  theme: ThemeId | null;
  smart: SmartFlags;
  /** Why flags fail, most important first; empty when the statement is SMART and an outcome. */
  smartReasons: SmartReason[];
  /** The time phrase in the person's own words and its end date; null when there is none or it needs an age we do not know. */
  timeframe: Timeframe | null;
  jargon: JargonHit[];
  /** For needs and provision: the plan part it most likely belongs to; null for other kinds. */
  planPart: PlanPart | null;
  safeguarding: Concern;
}

const THEME_CUES: Readonly<Record<string, string>> = {
  learning_and_work: 'learning',
  independent_living: 'independent',
  friends_and_community: 'friends',
  health_and_wellbeing: 'health',
};
/** How much one theme-word cue adds to the model's score (a word list is knowledge the corpus may lack). */
const THEME_WORD_WEIGHT = 0.8;

/** The theme: the model's scores, nudged by the theme word lists. */
function themeOf(scores: readonly number[], labels: readonly string[], topic: readonly string[]): ThemeId | null {
  let best = -Infinity;
  let chosen = 'none';
  labels.forEach((label, i) => {
    const cue = THEME_CUES[label];
    const votes = cue
      ? Number(topic.includes(`#th_${cue}`)) + Number(topic.includes(`#th_${cue}_2`)) + 2 * Number(topic.includes(`#thp_${cue}`))
      : 0;
    const score = scores[i]! + THEME_WORD_WEIGHT * votes;
    if (score > best) {
      best = score;
      chosen = label;
    }
  });
  return chosen === 'none' ? null : (chosen as ThemeId);
}

/**
 * Measurable, by the corpus's definitions: provision is measurable when it is quantified (how much,
 * how often); a need describes a barrier and has no measure; otherwise the model decides, except
 * that comparative words with no count or observable end ("better", "more confident") are not measures.
 */
function measurableByKind(kind: StatementKind, cues: StatementCues, predicted: boolean): boolean {
  if (kind === 'provision') return cues.number || cues.frequency;
  if (kind === 'need') return false;
  if (cues.vague && !cues.number && !cues.frequency && !cues.observable) return false;
  return predicted;
}

/** Whether any model reads the topic feature set (so it is encoded only then). */
const TOPIC_READ = Object.values(MODEL_FEATURES).includes('topic');

/** Statements longer than this are cut before analysis (a statement is a sentence or two). */
export const MAX_STATEMENT_CHARS = 2000;

/**
 * Only the theme of a statement: what a hope needs, without the kind, SMART, jargon or concern
 * readers (the disclosure check has already run on every message).
 */
export function themeOfStatement(text: string, context: TimeContext): ThemeId | null {
  const input = text.length > MAX_STATEMENT_CHARS ? text.slice(0, MAX_STATEMENT_CHARS) : text;
  const featureSets = statementFeatures(asMeant(input), context, findTimePhrase(input, context));
  const { theme } = loadModels();
  return themeOf(theme.predict(featureSets[MODEL_FEATURES.theme]).scores, theme.labels, featureSets.topic);
}

/**
 * Everything the dialogs need to know about one statement in one call: what kind of statement it
 * is, its theme, the SMART flags with coaching reasons, its timeframe, jargon, and any sign of a
 * possible disclosure of harm.
 */
/** What every reading of a statement starts from: its time phrase, its features, and their numbers (once the models are loaded). */
function featuresOfStatement(text: string, context: TimeContext) {
  const input = text.length > MAX_STATEMENT_CHARS ? text.slice(0, MAX_STATEMENT_CHARS) : text;
  const time = findTimePhrase(input, context);
  const featureSets = statementFeatures(input, context, time);
  // The four models mostly read the same feature set: each set is looked up once, not once per model.
  const encoded = { features: encodeFeatures(featureSets.features), topic: TOPIC_READ ? encodeFeatures(featureSets.topic) : [] };
  return { input, time, featureSets, encoded };
}

/**
 * Only the kind of a statement (outcome, target, need...), as analyseStatement gives it: for a
 * reader that asks nothing else, without the theme, SMART, jargon or concern readers.
 */
export function kindOfStatement(text: string, context: TimeContext): StatementKind {
  // The models first: they give the features their numbers.
  const { kind } = loadModels();
  const { encoded } = featuresOfStatement(text, context);
  return kind.predictEncoded(encoded[MODEL_FEATURES.kind]).label as StatementKind;
}

export function analyseStatement(text: string, context: TimeContext): StatementAnalysis {
  const models = loadModels();
  const { input, time, featureSets, encoded } = featuresOfStatement(text, context);
  const { cues } = featureSets;
  const kindPrediction = models.kind.predictEncoded(encoded[MODEL_FEATURES.kind]);
  const kind = kindPrediction.label as StatementKind;
  // "sum1 to go wiv me first time": what it is about is read from the words as meant ("someone to go with me").
  const meant = asMeant(input);
  const themeSets = meant === input ? featureSets : statementFeatures(meant, context, time);
  const themeEncoded = meant === input ? encoded : { features: encodeFeatures(themeSets.features), topic: TOPIC_READ ? encodeFeatures(themeSets.topic) : [] };
  const theme = themeOf(models.theme.predictEncoded(themeEncoded[MODEL_FEATURES.theme]).scores, models.theme.labels, themeSets.topic);
  const { smart, reasons } = smartCheck({
    kind,
    specific: models.specific.predictEncoded(encoded[MODEL_FEATURES.specific]).label === 'true',
    measurable: measurableByKind(kind, cues, models.measurable.predictEncoded(encoded[MODEL_FEATURES.measurable]).label === 'true'),
    hasTime: time !== null,
    monthsAhead: time ? monthsAhead(context.today, time.date) : null,
    earlyYears: isEarlyYears(context),
    staffSubject: cues.staffSubject,
    genericPupil: cues.genericPupil,
    vagueTime: cues.vagueTime,
  });
  return {
    kind,
    kindConfidence: kindPrediction.confidence,
    theme,
    smart,
    smartReasons: reasons,
    timeframe: time && time.date ? { phrase: time.phrase, date: time.date } : null,
    jargon: findJargon(input),
    planPart: kind === 'need' ? needSection(input) : kind === 'provision' ? providerOf(input) : null,
    safeguarding: detectConcern(input),
  };
}
