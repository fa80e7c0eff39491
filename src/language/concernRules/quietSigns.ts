import { r, type Rule } from './shared';

/**
 * Self-harm and suicide told through means and plans rather than feelings: medicine saved up,
 * stopping one's own breathing, a day decided on, walking into the sea wanting to keep going,
 * "something stupid to myself", arms "a mess".
 */
export const MEANS_READY: readonly Rule[] = [
  r('self_harm_or_suicide', '\\b(?:enough|all)\\s+(?:of\\s+)?(?:my|the|mums|dads|nans)\\s+(?:meds|pills|tablets|medication|paracetamol|painkillers)\\s+(?:saved|stored|hidden|stashed|put\\s+away|together)\\b|\\b(?:tried|try|trying|tries)\\s+to\\s+stop\\s+(?:my\\s+)?breathing(?:\\s+(?:with|on\\s+purpose|so\\s+i|until|till|for\\s+good)\\b|\\s*(?:~|$))|\\b(?:doing|do|did)\\s+something\\s+(?:stupid|silly|bad|dumb)\\s+to\\s+myself\\b'),
  r('self_harm_or_suicide', '\\b(?:ive|i\\s+have|i)\\s+decided\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tonight|tomorrow|next\\s+week|this\\s+weekend)\\s+is\\s+(?:it|the\\s+day|when)\\b|\\b(?:walked|waded|went)\\s+(?:in|into\\s+the\\s+(?:sea|water|river|lake))\\b[^~]{0,40}\\b(?:wanted|want)\\s+to\\s+keep\\s+(?:going|walking)\\b|\\bmy\\s+(?:arms|legs|wrists|thighs)\\s+(?:are|r|is|look)\\s+(?:a\\s+)?(?:mess|wrecked|cut\\s+up)\\b'),
];

/**
 * Secrets about what an adult does: "not allowed to tell about the games", "because of what his
 * dad does", games under the blanket.
 */
export const TOLD_NOT_TO_TELL: readonly Rule[] = [
  r('sexual_abuse', '\\bnot\\s+(?:allowed|supposed|meant)\\s+to\\s+tell\\s+(?:anyone\\s+|anybody\\s+)?about\\s+(?:the\\s+games?|our\\s+games?|what\\s+(?:he|she|they)\\s+(?:does|did|do))\\b|\\b(?:games?|tickling)\\s+(?:\\w+\\s+){0,2}(?:plays?|played|does)\\s+under\\s+the\\s+(?:blanket|covers|duvet)\\b|\\b(?:because|cos|coz)\\s+of\\s+what\\s+(?:his|her|my|their)\\s+(?:dad|uncle|step\\s+dad|grandad|brother)\\s+(?:does|did|makes\\s+me\\s+do)\\b(?!\\s+to\\s+(?:my|her|his)\\s+(?:mum|mam|mom|dad|sister|brother))'),
];

/** Violence at home told through what is left after it: police called again, a door broken down, a move to a refuge again. */
export const AFTER_VIOLENCE: readonly Rule[] = [
  r('domestic_abuse', '\\b(?:had\\s+(?:the\\s+)?)?police\\s+(?:round|came\\s+round|at\\s+ours|at\\s+the\\s+house|called)\\s+again\\b|\\b(?:he|she|dad|step\\s+dad|stepdad|mums\\s+(?:boyfriend|partner))\\s+(?:broke|kicked|smashed)\\s+(?:the|our|my|mums|her)\\s+(?:\\w+\\s+)?doors?\\s+(?:down|in)\\b|\\bhear\\s+(?:my\\s+)?(?:mum|mam|mummy)\\s+(?:scream|screaming|screams|screem\\w*)\\b|\\b(?:move|moved|moving|go|going|went|stay|staying|living|live)\\s+(?:back\\s+)?(?:to|in|into|at)\\s+(?:a|the)\\s+(?:womens\\s+)?refuge\\b[^~]{0,20}\\b(?:again|cos|coz|because|from\\s+(?:him|her|my|dad))\\b'),
];
