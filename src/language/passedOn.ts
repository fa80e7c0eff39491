import { foldCase } from './text';

/*
 * Someone else's disclosure already passed on to an adult who is helping: "my friend told me she
 * self harms, i told a teacher and she's getting help", "my mate's cousin was being made to carry
 * stuff, she told her teacher and he got help". That is a young person telling of having done the
 * right thing, not a disclosure to answer. Only the sentences about the friend, the telling and the
 * help are set aside; the rest of the message is read as usual ("...she's getting help. my dad hits
 * me" is still answered). Without help under way ("i told a teacher but nothing happened") it is read as typed.
 * A piece that is also the young person's own ("my dad hits me and my friend", "my friend self harms
 * and so do i") is never set aside: it is read, so their own disclosure is always answered.
 */
const SOMEONE_ELSE =
  /\b(?:my\s+(?:best\s+)?(?:friend|friends|mate|mates|bestie|cousin|classmate)(?:'?s)?|a\s+(?:friend|girl|boy|kid)\s+(?:in|from|at)\s+my\s+(?:class|year|school|college|group)|someone\s+in\s+my\s+(?:class|year|group))\b/;
const TOLD_AN_ADULT =
  /\b(?:i|we|she|he|they)\s+(?:told|tell|went\s+to|reported\s+it\s+to|spoke\s+to|talked\s+to|let)\s+(?:a|the|our|my|her|his|their)\s+(?:\w+\s+)?(?:teacher|head\s+of\s+year|tutor|safeguarding\s+lead|dsl|head\s*teacher|head|mum|dad|parents?|adult|counsellor|police|staff|key\s*worker|senco|ta|youth\s+worker|support\s+worker)\b/;
const HELP_UNDER_WAY =
  /\b(?:getting|got|gets|having|has|had|receiving)\s+(?:help|support|counselling|therapy)\b|\bthanked\s+me\b|\b(?:it|they|that)\s+(?:got|was|has\s+been)\s+(?:sorted|dealt\s+with)\b|\b(?:she|he|they)(?:'?s|\s+is|'?re|\s+are)\s+(?:ok|okay|safe|fine|better|doing\s+better)\s+now\b/;
const NOT_HELPED = /\b(?:nothing\s+(?:happened|was\s+done|changed)|didn'?t\s+(?:do\s+anything|believe|listen|help)|no\s+one\s+(?:did|helped|listened)|nobody\s+(?:did|helped|listened)|still\s+(?:happening|doing\s+it)|hasn'?t\s+stopped)\b/;

/** "so do i", "me too", "we both": the young person saying it happens to them as well. */
const ME_TOO =
  /\b(?:so\s+(?:do|am|did|was)\s+i|me\s+(?:too|as\s+well|also)|i\s+(?:do|am|did|was|have)\s+(?:too|as\s+well|also)|same\s+(?:for|with|here|as)\s+me|same\s+here|(?:we|us)\s+both|both\s+of\s+us|(?:and|or)\s+me\b|me\s+and\s+(?:my|her|him))\b/;
/** The telling itself, which names the young person without telling of harm to them. */
const TELLING = /\b(?:told|tells|telling|said\s+to|showed|asked|messaged|texted)\s+me\b|\b(?:with|thanked)\s+me\b|\bi\s*(?:think|know|hope|am\s+glad|'?m\s+glad|was\s+worried|was\s+scared\s+for\s+(?:her|him|them))\b/g;
const FIRST_PERSON = /\b(?:i|i'?m|im|me|my|mine|myself|we|us|our|ourselves)\b/;
const everywhere = (pattern: RegExp) => new RegExp(pattern.source, 'g');

/** A piece of the story that still speaks of the young person once the friend, the telling and the help are taken out. */
function speaksOfSelf(piece: string): boolean {
  const left = [SOMEONE_ELSE, TOLD_AN_ADULT, HELP_UNDER_WAY, TELLING].reduce((rest, pattern) => rest.replace(everywhere(pattern), ' '), piece);
  return FIRST_PERSON.test(left);
}

/**
 * The rest of a message once someone else's disclosure already passed on is set aside ("" when
 * nothing else is said), or null when it tells of no such thing.
 */
export function withoutDisclosurePassedOn(text: string): string | null {
  const said = foldCase(text);
  if (!SOMEONE_ELSE.test(said) || !TOLD_AN_ADULT.test(said) || !HELP_UNDER_WAY.test(said) || NOT_HELPED.test(said)) return null;
  // "so do i" anywhere makes the friend's story the young person's own too: only the telling and the help are set aside.
  const meToo = ME_TOO.test(said);
  const story = (piece: string) =>
    (meToo ? !SOMEONE_ELSE.test(piece) && (TOLD_AN_ADULT.test(piece) || HELP_UNDER_WAY.test(piece)) : SOMEONE_ELSE.test(piece) || TOLD_AN_ADULT.test(piece) || HELP_UNDER_WAY.test(piece)) &&
    !speaksOfSelf(piece);
  return said
    .split(/(?<=[.!?;,])\s+|\n+|\s+(?:but|though|although)\s+/)
    .filter((piece) => !story(piece))
    .join(' ')
    .trim();
}

/*
 * Another young person hurt, and the one typing has already told an adult: "boys in year 10 keep
 * hurting the new kid, I told Miss". Not a hope and not their own harm: it was right to tell, and
 * the question is asked again. Harm to the one typing ("...hurting me"), fear of being next, or
 * telling that did not help is read as before.
 */
const OTHER_HURT =
  /\b(?:hurt|hurts|hurting|hit|hits|hitting|bull(?:y|ies|ied|ying)|pick(?:s|ed|ing)?\s+on|beat(?:s|ing)?\s+up|beaten\s+up|kick(?:s|ed|ing)?|push(?:es|ed|ing)?|punch(?:es|ed|ing)?|laugh(?:s|ed|ing)?\s+at)\s+(?:the|a|an|this|that|some|one|my|his|her|their)\s+(?:\w+\s+){0,2}?(?:kid|kids|boy|boys|girl|girls|lad|lads|pupil|pupils|child|children|friend|friends|mate|mates|one|ones|year\s*\d+s?)\b/;
const TOLD_STAFF =
  /\b(?:i|we)\s+(?:told|have\s+told|went\s+to|spoke\s+to|talked\s+to|reported\s+it\s+to)\s+(?:miss|sir|mr\s+\w+|mrs\s+\w+|ms\s+\w+|(?:a|the|our|my)\s+(?:\w+\s+)?(?:teacher|tutor|head\s+of\s+year|head|headteacher|staff|mum|dad|parents?|adult|key\s*worker|ta|senco|youth\s+worker|support\s+worker))\b/;
const NEXT_OR_ME = /\b(?:i'?m|im|i\s+am|me)\s+next\b|\bscared\b|\bafraid\b|\bfrightened\b/;

export function tellsOfOthersHurtAndTold(text: string): boolean {
  const said = foldCase(text);
  if (said.length > 300 || !OTHER_HURT.test(said) || !TOLD_STAFF.test(said) || NOT_HELPED.test(said) || NEXT_OR_ME.test(said) || ME_TOO.test(said)) return false;
  const left = said.replace(everywhere(OTHER_HURT), ' ').replace(everywhere(TOLD_STAFF), ' ');
  return !FIRST_PERSON.test(left);
}
