import { r, type Rule } from './shared';

/**
 * Getting ready to die, told as practical things: affairs put in order, a eulogy, a countdown,
 * belongings given away "to remember me", pills hoarded, not being needed after a last task,
 * thoughts of jumping.
 */
export const FAREWELL: readonly Rule[] = [
  r('self_harm_or_suicide', '\\b(?:getting|got|put|putting|sorting)\\s+my\\s+affairs\\s+in\\s+order\\b|\\b(?:wrote|written|writing)\\s+my\\s+(?:own\\s+)?eulogy\\b|\\bi\\s+(?:have|got|ve\\s+got)\\s+a\\s+countdown\\b(?!\\s+(?:to|till|until|for)\\b)|\\btold\\s+(?:him|her|them)\\s+to\\s+remember\\s+me\\b|\\b(?:after\\s+that|then)\\s+(?:im|i\\s+am|i\\s+wont\\s+be)\\s+not\\s+needed\\b|\\bafter\\s+that\\s+im\\s+not\\s+needed\\b'),
  r('self_harm_or_suicide', '\\b(?:hoard|hoarding|hoarded|saving|stockpiling)\\s+(?:up\\s+)?(?:my\\s+)?(?:\\w+\\s+)?(?:antidepressants|sleeping\\s+pills|painkillers)\\b|\\b(?:think|thinking|thought)\\s+about\\s+jumping\\b(?!\\s+(?:in|into)\\s+the\\s+(?:pool|sea|lake|water))|\\b(?:stood|standing|sat|sitting)\\s+on\\s+(?:the|a)\\s+(?:balcony|bridge|roof|ledge|edge|railway)\\b[^~]{0,40}\\b(?:typing|tell\\s+someone|goodbye|cant|wanted\\s+to)\\b'),
  r('self_harm_or_suicide', '\\b(?:list|lot)\\s+of\\s+people\\s+who\\s+(?:wont|wouldnt|will\\s+not)\\s+miss\\s+me\\b|\\bthats\\s+it\\s+for\\s+me\\b[^~]{0,30}\\b(?:dont|not)\\s+mean\\b|\\b(?:not\\s+going\\s+to|wont)\\s+be\\s+(?:at|here|around\\s+for)\\s+much\\s+(?:after|longer)\\b|\\bi\\s+(?:have|ve\\s+got)\\s+a\\s+different\\s+plan\\s+and\\s+(?:nobody|no\\s+one)\\b|\\b(?:more\\s+money|less\\s+stress|better|happier|easier)\\s+without\\s+me\\b'),
];
