/*
 * "where the job 1 gone", "i want cookin 1 changed", "ok do be fit 1": "1" typed for "one", the
 * word that points at a hope or an outcome by a word of its own. Only a "1" after a word and before
 * the end or a word that says what happens to it is read so; a count ("1 time a week"), a place in
 * a list ("goal 1", "year 1", "number 1") stays as typed.
 */

/** Words after which "1" is a number or a place in a list, never "one" for a thing named. */
const NUMBERED = String.raw`year|yr|level|lvl|stage|ks|page|step|grade|number|no|top|chapter|unit|class|group|set|room|only|just|about|around|than|under|over|maybe|week|term|day|plan|option|choice|goal|outcome|hope|dream|item|part|point|question|phase|area|section|and|or|to|of|at|in|on|by|for|x|is|was|be|the|a|an|my|this|that|delete|remove|change|edit|take|keep|move|pick|choose|do|want|like|love`;
const ONE_FOR_THING = new RegExp(
  String.raw`(?<=\b(?!(?:${NUMBERED})\s)[a-z]{2,}\s)1(?=\s*$|\s*[?.!,]|\s+(?:gone|go|went|changed|change|changing|is|was|has|pls|please|plz|again|back|too|next|first|now|then|instead|to|bit|part|one|thing|ok|okay|lol)\b)`,
  'gi',
);

/** The message with "1" put as "one" where it points at a thing named ("the job 1" is "the job one"). */
export function withOneSpelt(text: string): string {
  return text.replace(ONE_FOR_THING, 'one');
}
