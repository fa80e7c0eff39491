import { foldCase } from './text';

/*
 * Someone else's disclosure already passed on to an adult who is helping: "my friend told me she
 * self harms, i told a teacher and she's getting help", "my mate's cousin was being made to carry
 * stuff, she told her teacher and he got help". That is a young person telling of having done the
 * right thing, not a disclosure to answer. Only the sentences about the friend, the telling and the
 * help are set aside; the rest of the message is read as usual ("...she's getting help. my dad hits
 * me" is still answered). Without help under way ("i told a teacher but nothing happened") it is read as typed.
 */
const SOMEONE_ELSE =
  /\b(?:my\s+(?:best\s+)?(?:friend|friends|mate|mates|bestie|cousin|classmate)(?:'?s)?|a\s+(?:friend|girl|boy|kid)\s+(?:in|from|at)\s+my\s+(?:class|year|school|college|group)|someone\s+in\s+my\s+(?:class|year|group))\b/;
const TOLD_AN_ADULT =
  /\b(?:i|we|she|he|they)\s+(?:told|tell|went\s+to|reported\s+it\s+to|spoke\s+to|talked\s+to|let)\s+(?:a|the|our|my|her|his|their)\s+(?:\w+\s+)?(?:teacher|head\s+of\s+year|tutor|safeguarding\s+lead|dsl|head\s*teacher|head|mum|dad|parents?|adult|counsellor|police|staff|key\s*worker|senco|ta|youth\s+worker|support\s+worker)\b/;
const HELP_UNDER_WAY =
  /\b(?:getting|got|gets|having|has|had|receiving)\s+(?:help|support|counselling|therapy)\b|\bthanked\s+me\b|\b(?:it|they|that)\s+(?:got|was|has\s+been)\s+(?:sorted|dealt\s+with)\b|\b(?:she|he|they)(?:'?s|\s+is|'?re|\s+are)\s+(?:ok|okay|safe|fine|better|doing\s+better)\s+now\b/;
const NOT_HELPED = /\b(?:nothing\s+(?:happened|was\s+done|changed)|didn'?t\s+(?:do\s+anything|believe|listen|help)|no\s+one\s+(?:did|helped|listened)|nobody\s+(?:did|helped|listened)|still\s+(?:happening|doing\s+it)|hasn'?t\s+stopped)\b/;

/**
 * The rest of a message once someone else's disclosure already passed on is set aside ("" when
 * nothing else is said), or null when it tells of no such thing.
 */
export function withoutDisclosurePassedOn(text: string): string | null {
  const said = foldCase(text);
  if (!SOMEONE_ELSE.test(said) || !TOLD_AN_ADULT.test(said) || !HELP_UNDER_WAY.test(said) || NOT_HELPED.test(said)) return null;
  const story = (sentence: string) => SOMEONE_ELSE.test(sentence) || TOLD_AN_ADULT.test(sentence) || HELP_UNDER_WAY.test(sentence);
  return said
    .split(/(?<=[.!?;,])\s+|\n+|\s+(?:but|though|although)\s+/)
    .filter((sentence) => !story(sentence))
    .join(' ')
    .trim();
}
