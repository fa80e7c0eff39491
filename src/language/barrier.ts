import { foldCase } from './text';

/** What makes something hard now: "i get really nervous", "i get distracted loads", "i cant read forms", "maths is too hard", "i find reading really hard". */
const BARRIER =
  /^(?:(?:but|and|well|um|erm|the\s+problem\s+is|its\s+just|it's\s+just)[\s,]+)*(?:(?:i|he|she|they|[a-z]+)\s+(?:really\s+|just\s+|always\s+|still\s+)*(?:cant|can't|cannot|can\s+not|couldnt|couldn't|dont\s+know\s+how|don't\s+know\s+how|doesnt\s+know\s+how|doesn't\s+know\s+how|struggles?|find\s+it\s+hard|finds\s+it\s+hard|finds?\s+(?!it\b)(?:[a-z']+\s+){1,3}(?:really\s+|very\s+|so\s+|quite\s+|well\s+|a\s+bit\s+)?(?:hard|difficult|tricky|scary|confusing)(?=\s*$|\s*[.,!;]|\s+(?:for|to|when|at|in|because|cos|sometimes|now|too|and)\b)|gets?\s+(?:(?:really|realy|rly|very|so|well|proper)\s+)?(?:nervous|anxious|scared|worried|upset|lost|stressed|angry|cross|overwhelmed|tired|confused|muddled|mixed\s+up|flustered|panicky|(?:easily\s+)?distracted)|(?:am|is|'m|m)\s+(?:too\s+|really\s+|very\s+|so\s+)?(?:scared|worried|nervous|shy|anxious|easily\s+distracted)|(?:hate|hates)|never\s+get|(?:mess(?:es)?|messed|mix(?:es)?|muddle[sd]?)\s+(?:it\s+|things\s+)?up|panics?)\b|(?:my|his|her|their)\s+\w+(?:\s+\w+)?\s+(?:(?:is|are)\s+(?:not\s+)?(?:too\s+|very\s+|really\s+|so\s+)?(?:hard|bad|difficult|poor|weak)|(?:(?:is|are)\s+not|isnt|isn't|aren't|arent)\s+(?:too\s+|very\s+|really\s+|so\s+)?(?:great|good|hard|bad|difficult|poor|weak))\b|(?:its|it's|it\s+is|(?:\w+\s+){1,3}(?:is|are))\s+(?:too\s+|really\s+|very\s+|so\s+|well\s+|proper\s+)?(?:hard|difficult|scary|confusing|tricky)\b)/i;

/** Says what makes it hard now (a need), not what they will do: kept as a need, and the step asked for. */
export function isBarrier(text: string): boolean {
  const said = foldCase(text).replace(/[\u2018\u2019]/g, "'").trim();
  // "i cant wait to go to college" is a hope, not something hard.
  return BARRIER.test(said) && !/\b(?:cant|can't|cannot)\s+wait\b/.test(said);
}
