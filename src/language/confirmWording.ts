/*
 * At the read-back of an outcome: new words given along with the "no" ("No it sound strange. I
 * want: Zofia will say 50 words") are the wording to use at once; and a worn-out yes ("ok yes. I
 * give up") is still a yes, to be met kindly.
 */

/** "I want:", "it should say", "change it to", or a colon: what follows is the wording wanted. */
const WANTED_WORDING =
  /(?:^|[.!?,;]\s*|\s)(?:(?:i|we)\s+(?:want|would\s+like|'d\s+like|prefer)(?:\s+it)?(?:\s+to\s+(?:say|be|read))?|it\s+should\s+(?:say|be|read)|(?:change|put)\s+(?:it\s+)?(?:to|as)|make\s+it|(?:say|write)\s+(?:it\s+)?(?:like\s+this|this))\s*[:\-]?\s+(.+)$/i;
/** A sentence of its own in the outcome's voice: "Zofia will say 50 words", "I will ...". */
const WILL_SENTENCE = /(?:^|[.!?:;]\s+)((?:i|[a-z][a-z'-]+)\s+(?:will|can|is\s+going\s+to)\s+\S.+)$/i;

/** The new wording given with a "no", or undefined when there is none. */
export function wordingGivenWithNo(text: string): string | undefined {
  const plain = text.trim();
  const colon = /:\s*(\S.{5,})$/.exec(plain)?.[1];
  const wanted = WANTED_WORDING.exec(plain)?.[1];
  const sentence = WILL_SENTENCE.exec(plain)?.[1];
  const words = (colon ?? wanted ?? sentence)?.trim().replace(/^["'\u201c\u2018]+|["'\u201d\u2019]+$/g, '').trim();
  return words && words.split(/\s+/).length >= 3 ? words : undefined;
}

/** "ok yes. I give up", "yes fine whatever", "yeah just leave it": a yes, said tired of the question. */
const TIRED_YES =
  /^(?:(?:ok|okay|oh|fine|well|alright|right|sigh|ugh)[\s,.!]+)*(?:yes|yeah|yep|ok|okay|fine|alright)\b[\s,.!]*(?:(?:i\s+give\s+up|whatever|fine|just\s+leave\s+it|leave\s+it|forget\s+it|it'?s\s+(?:ok|okay|fine)|that'?ll\s+do|good\s+enough|close\s+enough|never\s*mind|nevermind|keep\s+it|just\s+keep\s+it|i\s+don'?t\s+care|doesn'?t\s+matter|move\s+on|let'?s\s+move\s+on)[\s,.!]*)+$/i;

export function isTiredYes(text: string): boolean {
  return TIRED_YES.test(text.trim().replace(/[\u2018\u2019]/g, "'").replace(/\.{2,}|…/g, '.'));
}
