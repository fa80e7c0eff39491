/**
 * Language understanding for Outcomes Bot: pure functions built on `natural`, with no botbuilder
 * import. The dialogs call these; `scripts/analyse.ts` projects analyseStatement onto the
 * DESIGN.md contract.
 */
export { analyseStatement, themeOfStatement, MAX_STATEMENT_CHARS, type PlanPart, type StatementAnalysis } from './analyseStatement';
export { STATEMENT_KINDS, THEMES, type StatementKind, type ThemeId } from './labels';
export { REASON_FLAG, REASON_ORDER, type SmartFlags, type SmartReason } from './smart';
export { backWithReason } from './commandExplained';
export { recogniseCommand, commandPhrases, namesEasyRead, asksBotForEasierWords, statesReadingTrouble, type GlobalCommand } from './commands';
export { recogniseYesNo, splitYesWithContent, type YesNo } from './yesNo';
export { choiceFromLabels, exactChoice, recogniseChoice, type ChoiceOption } from './choice';
export { parseAgeOrYear, type AgeOrYear } from './ageOrYear';
export { detectConcern, concernByRules, CONCERN_CATEGORIES, type Concern, type ConcernCategory } from './concern';
export { findTimeframe, findTimePhrase, hasVagueTime, type Timeframe, type TimeContext, type TimeframeMatch } from './timeframe';
export { findJargon, type JargonHit } from './jargon';
export { readability, countSyllables, type Readability } from './readability';
export { loadModels } from './model';
export { asksAQuestion, asksOnlyWhatNow, describesHarmByOthers, flagCategoryOf, followUpQuestion, isPlanTalk, rulesOutFamily, saysAlreadyAsked, saysWhereTheyAre, whereTheyAreIsSafe, type FollowUpQuestion } from './disclosureFollowUp';
export { describesChildsOwnWays, describesChildsSelfInjury, tellsOfUnkindChildren } from './childsOwnWays';
export { talksOfOwnDeath } from './ownDespair';
export { onlyTalksAboutTheChat, safeguardingInChat, type ChatSafeguarding } from './concernInChat';
export { warmUpLanguage } from './warmUp';
export { answersAnotherQuestion, answersThePlanInstead, asksAboutTrouble, asksForSecrecy, asksIfTheyAreInTrouble, recogniseCarryOn, saysTheyAreAParent, recogniseSafetyAnswer, type SafetyAnswer } from './afterDisclosure';
export { harmIsOnline, placeOfHarm, tellsOfTakingOrHurting, type HarmPlace } from './harmPlace';
export { coachStep, coachHope, stepWithCondition, isBarrier, isVague, saysAFeeling, isLifeGoal, isTargetDate, keySentence, type CoachContext, type StepAction, type StepCoaching, type HopeAction } from './coaching';
export { quoteOf, quoteWhole } from './quoteOf';
export { hopeItself, quoteHope, quoteHopeIn, quoteNeed } from './hopeItself';
export { namesHelp, isSupportOnly, asksForSupport, splitSupport, isLifeThing, mentionsSupport, provisionItems, withoutQuestionsToTheBot, ASKED_ONLY } from './support';
export { readWhenAnswer, type WhenReading } from './whenAnswer';
export { outcomeSentence, isGoodSentence, timeframeLead } from './outcomeSentence';
export { needSection, providerOf, familyOrOtherGiverOf, howOftenOf } from './planPart';
export { botWordsReader, isOnlyBotWords } from './botWords';
export { themeOfWords, sameHope, linksTo, bestHope, pointsAtHope, hopePointedAt, hopeNamedBy, type HopeNamed } from './thread';
export { asksToDropOutcome, isUnclearStop, type DropAsked } from './dropOutcome';
export { needsCheckBeforeKeeping } from './offTopic';
export { answerBesideAside, answerBesideQuestion, isCorrection, readAside, saysTheyAreBored, saysTheyAreConfused, withoutPuzzledNoise, type Aside } from './aside';
export { asksWhatWasKept, readChatTalk, type ChatTalk, type ChatTopic } from './chatTalk';
export { partNamed, readEditRequest, type EditRequest, type PartKind, type PartNamed } from './editRequest';
export { themeOfHope } from './themeOfHope';
export { splitHopes, splitNeeds } from './splitHopes';
export { detailsIn, type Details } from './alreadySaid';
export { asksToRemove } from './removeItem';
export { newWordsIn, withoutChangeLead } from './newWords';
export { afterNotThatPart, readReviewRequest, readOutcomeField, withNewWords, type ReviewRequest, type ChangeSplit, type OutcomeFieldChange } from './reviewRequest';
export { tidyTextSpeak, needsTidying } from './textSpeak';
export { wordingRequestIn, type WordingRequest } from './wordingRequest';
export { hopeMovedAway, hopeMovedTo } from './hopeMove';
export { onlyFiller, onlySaysUnsure, unsureWithAFeeling } from './unsure';
export { isSmallTalk } from './smallTalk';
export { readTakeBack, type TakeBack } from './takeBack';
export { tidyMeasure, withoutChatter, withoutPreamble } from './chatter';
export { saysNothingHelps, saysWhatIsHard, saysWhoHelps } from './nothingHelps';
export { readContinuation, joinedAnswer } from './continuation';
export { readMoveAnswer, type MoveAsked, type MoveTarget } from './moveAnswer';
export { talksAboutThePlan, type PlanTalkOptions } from './planTalk';
export { saysHardThing } from './hardThing';
export { deniesTheWorry } from './deniedWorry';
export { asksAboutTheWorryNote, asksWhetherThereIsANote, withoutTheNoteQuestion } from './worryNote';
