/*
 * A remark said after a step: who said it ("the school say he's 'disruptive'", "thats what the
 * paediatrician said anyway", "my head of year always says im capable"), how old or how grown up
 * someone is ("she's 15 going on 10 sometimes lol"), that the answer is over ("thats it really"), or
 * whether the answer will do ("is that ok?", "or is it too small").
 * It says nothing about what will be done, so whether the step is vague is read without it.
 */

/** Someone reported: "the school say", "my head of year always says", "his teacher reckons". */
const REPORTED =
  String.raw`(?:the|my|his|her|our|their)\s+(?:[a-z'-]+\s+){0,3}?(?:always\s+|keeps?\s+|still\s+|even\s+)?(?:say|says|said|saying|reckons?|thinks?|told\s+(?:me|us|him|her))\b`;
/** Pointing back at the step: "thats what the paediatrician said", "that's it really", "that's all". */
const POINTING_BACK =
  String.raw`(?:that'?s|thats|that\s+is|it'?s|its|it\s+is)\s+(?:what\s+(?:the\s+|my\s+|his\s+|her\s+|our\s+|their\s+)?(?:[a-z'-]+\s+){0,3}?(?:said|says|say|wants?|told|thinks?|reckons?)\b|(?:it|all)\b(?:\s+really)?\s*[.!]*$)`;
/** An age said of someone: "she's 15 going on 10", "he's 4 now". */
const AGE_REMARK = String.raw`(?:she'?s|he'?s|shes|hes|i'?m|im|they'?re)\s+(?:only\s+|nearly\s+|almost\s+)?\d{1,2}\b`;

/** Asking whether the answer will do: "is that ok", "does that count?", "or is it too much". */
const CHECKING = String.raw`(?:or\s+)?(?:is|does|would|will|can|could)\s+(?:that|this|it)\b[^.!]*$`;

const REMARK = new RegExp(String.raw`^(?:(?:but|and|well|anyway|so|tbh|honestly)[\s,]+)*(?:${REPORTED}|${POINTING_BACK}|${AGE_REMARK}|${CHECKING})`, 'i');

/** The step without remarks after it; the text as it is when none follows (or nothing is left). */
export function withoutStepRemark(text: string): string {
  const parts = text.split(/(?<=[.!?,;:])\s+|\s+-\s+/);
  let end = parts.length;
  while (end > 1 && REMARK.test(parts[end - 1]!.trim())) end -= 1;
  if (end === parts.length) return text.trim();
  return parts.slice(0, end).join(' ').replace(/[\s,;:.!?-]+$/, '').trim() || text.trim();
}
