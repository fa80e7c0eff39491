import { normaliseMessage, sentencesOf } from './text';

/*
 * A parent at the start: "yes ok you can keep. but is this for me or for my son? i am filling for Tobi he is 8 he
 * cant do this himself yet". Who fills the form in, and why the child cannot yet, is talk about the chat. The
 * classifier alone reads "he cant do this himself" beside "for my son" as self-harm. Only these sentences are set
 * aside, whole; whatever else is said is read as usual ("... he cant do this himself, his dad hurts him").
 */

const CHILD = '(?:my\\s+(?:son|daughter|child|boy|girl|kid|little\\s+(?:one|boy|girl))|him|her|them|[a-z]+)';
const FORM = '(?:this|it|the\\s+(?:form|plan|chat|questions?))';
const FILL = '(?:filling|fill|typing|type|writing|write|answering|answer|completing|complete)';
/** "doing" only with what is done named ("im doing this for him"): "im doing it for him" may be anything. */
const DOING = `(?:${FILL}(?:\\s+in)?(?:\\s+${FORM}(?:\\s+in)?)?|(?:doing|do)\\s+(?:this|the\\s+(?:form|plan|chat|questions?)))`;

/** Each sentence (or clause) about who fills it in, the whole of it. */
const FILLING = [
  // "is this for me or for my son?", "is it for me or him"
  `(?:but\\s+|so\\s+|and\\s+)?(?:is|are)\\s+(?:this|it|these\\s+questions)\\s+(?:for|about)\\s+me\\s+or\\s+(?:for\\s+|about\\s+)?${CHILD}`,
  // "i am filling for Tobi", "im doing this for my daughter", "i will answer for him"
  `(?:and\\s+|but\\s+|so\\s+)?(?:i\\s+am|im|i\\s+m|i\\s+will\\s+be|i\\s+will|ill)\\s+${DOING}\\s+(?:for|on\\s+behalf\\s+of)\\s+${CHILD}`,
  // "can a parent fill it in?", "can i do it for him"
  `(?:can|could|may)\\s+(?:a\\s+parent|parents|i|a\\s+carer|mum|dad)\\s+${DOING}(?:\\s+for\\s+${CHILD})?`,
  // "he is 8", "she is only 6"
  `(?:and\\s+)?(?:he|she|they)\\s+(?:is|s|are)\\s+(?:only\\s+|just\\s+)?\\d{1,2}(?:\\s+(?:years?\\s+old|yrs?\\s+old|now))?`,
  // "he cant do this himself yet", "she can't type on her own"
  `(?:and\\s+|but\\s+|so\\s+|because\\s+|as\\s+|cos\\s+)?(?:he|she|they)\\s+(?:cant|cannot|can\\s+not|is\\s+not\\s+able\\s+to|isnt\\s+able\\s+to)\\s+(?:do|fill|type|write|read|answer|use)(?:\\s+${FORM})?(?:\\s+in)?(?:\\s+(?:by\\s+)?(?:himself|herself|themselves)|\\s+on\\s+(?:his|her|their)\\s+own|\\s+alone)?(?:\\s+yet)?`,
];
const ONE = `(?:${FILLING.join('|')})`;
const SENTENCE = new RegExp(`^${ONE}(?:\\s+${ONE})*$`);
/** The core: a sentence saying who fills it in (the child's age or what he cannot do yet are set aside only beside it). */
const CORE = new RegExp(`(?:^|\\s)(?:${FILLING.slice(0, 3).join('|')})(?=\\s|$)`);

/** The message without its sentences about a parent filling it in for the child, or null when it has none. */
export function withoutFillingForChild(text: string): string | null {
  if (text.length > 600) return null;
  const pieces = sentencesOf(text).flatMap((s) => s.split(/\s*[,;]\s*/));
  const plain = pieces.map((p) => normaliseMessage(p));
  const over = plain.map((p) => p !== '' && SENTENCE.test(p));
  if (!plain.some((p, i) => over[i] && CORE.test(p))) return null;
  return pieces.filter((_, i) => !over[i]).join('. ');
}
