/*
 * What the bot says back to talk about the chat (a complaint, a take-back, small talk, an aside):
 * the content keys, kept apart from the reading that chooses between them.
 */

/** Said when the person tells the bot it got something wrong ("i told u that"): sorry, nothing kept. */
export const COMPLAINT_HEARD = 'common:complaintHeard';
export const CORRECTION_UNDONE = 'common:correctionUndone';
export const SMALL_TALK_HEARD = 'common:smallTalkHeard';
/** "also did u see the arsenal game", said where an answer was asked for: heard, never kept. */
export const CHATTER_HEARD = 'common:chatterHeard';
/** "haha", "lol": laughing is heard as laughing, not thanked as a kind word. */
export const LAUGH_HEARD = 'common:laughHeard';
/** "sorry for all my moaning": no apology needed, nothing kept, the same question again. */
export const APOLOGY_HEARD = 'common:apologyHeard';
/** "that is better. That one should not be there at all" after something went: glad, nothing more goes, nothing kept. */
export const GLAD_IT_WENT = 'common:gladItWent';
/** Said when a take-back removed an item: its words, so the person sees which one went. */
export const CORRECTION_UNDONE_ITEM = 'common:correctionUndoneItem';
/** A refusal kept by mistake, taken out: the question it answered is skipped. */
export const CORRECTION_UNDONE_SKIPPED = 'common:correctionUndoneSkipped';
/** Said when a correction came with the right answer: what was kept, and what it became. */
export const CORRECTION_REPLACED = 'common:correctionReplaced';
/** "it's all one hope" where no message was just cut into hopes: nothing to join, and nothing kept. */
export const NOTHING_SPLIT = 'common:nothingSplit';
/** "why do u need to know that": why the bot asks, kindly, and that they can skip. */
export const WHY_WE_ASK = 'common:whyWeAsk';
/** A complaint with an answer beside it ("this is annoying. no"): sorry, then the answer is taken. */
export const COMPLAINT_SORRY = 'common:complaintSorry';
/** "this is borin", "takin ages im bored": heard kindly, they may stop and come back; the same question again. */
export const BORED_HEARD = 'common:boredHeard';
/** "Sorry about that. I'll ask about you from now on." */
export const NAME_CORRECTED = 'common:nameCorrected';
export const NAME_KEPT = 'common:nameKept';
/** "Can you put a capital E on Ellie-May": the name now has its capitals everywhere in the plan. */
export const NAME_CAPITALISED = 'common:nameCapitalised';
/** Asked for capitals the name already has everywhere: said so, nothing changed. */
export const NAME_CAPITALS_ALREADY = 'common:nameCapitalsAlready';
/** "I hadn't thought of that", "good question": no rush, nothing kept, the same question again. */
export const THINKING_HEARD = 'common:thinkingHeard';
/** "She's only six" beside the question: thanked, nothing kept, the same question again. */
export const REMARK_HEARD = 'common:remarkHeard';
/** "biscuit ate mi sok yesterday lol" at a question about a hope: smiled at, nothing kept, the same question again. */
export const STORY_LAUGHED_AT = 'common:storyLaughedAt';
/** "hes 4 by the way": an age or school year said after the age question was left, kept and thanked. */
export const AGE_KEPT_LATE = 'common:ageKeptLate';
