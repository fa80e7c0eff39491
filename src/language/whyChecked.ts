import { normaliseMessage, sentencesOf } from './text';

/*
 * Asked back at "That sounds hard. Are you OK?": "why is it hard", "why u keep askin that", "why do you
 * keep asking that". A question about the check itself, which has a short true answer.
 */
const WHY_CHECKED =
  /\bwhy\s+(?:do\s+|does\s+|did\s+)?(?:you|u|ya|it)\s+(?:keep\s+|keeps\s+|always\s+)?(?:ask|asks|asking|askin|asked|say|says|saying|sayin|said)\s+(?:me\s+)?(?:that|this|if\s+i\s*m\s+ok|if\s+im\s+(?:ok|okay|alright)|am\s+i\s+ok|(?:its|it\s+is|thats)\s+hard)\b|\bwhy\s+(?:is|s|would|does)\s+(?:it|that|this)\s+(?:be\s+|sound\s+)?hard\b|\bwhy\s+(?:do\s+|does\s+)?(?:you|u)\s+(?:think|say)\s+(?:its|it\s+is|thats|that\s+is)\s+hard\b|\bwhy\s+are\s+(?:you|u)\s+(?:asking|askin)\b/;

export function asksWhyChecked(text: string): boolean {
  const said = normaliseMessage(text);
  return said.length <= 160 && WHY_CHECKED.test(said);
}

/** The whole message, each sentence, only asks why the check was asked ("why u keep askin that??"); anything more told beside it is not this. */
const ONLY_WHY = new RegExp(`^(?:(?:but|and|so|ok|okay|like|um|erm|hmm|wait)\\s+)*(?:${WHY_CHECKED.source})(?:\\s+(?:again|then|tho|though|lol|all\\s+the\\s+time))*$`);

export function asksOnlyWhyChecked(text: string): boolean {
  const sentences = sentencesOf(text).map((s) => normaliseMessage(s)).filter(Boolean);
  return text.length <= 160 && sentences.length > 0 && sentences.every((s) => ONLY_WHY.test(s));
}
