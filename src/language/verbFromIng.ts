/*
 * The plain form of a verb from its "-ing" form: "typing" is "type", "getting" is "get", "calling" is
 * "call". English spelling says which: a short verb of one vowel and one last letter doubles it before
 * "-ing" ("hop", "hopping"), so one letter left there means an "e" was dropped ("hoping" is "hope");
 * no word ends in "v", a lone "c", "dg", "rg" or a consonant and "l", so those lost an "e" too
 * ("messaging", "managing" too: a longer word never ends in "-ag").
 * Longer words keep their last consonant unless stressed at the end, so only endings that are
 * always "-e" words ("-ate", "-ise", "-ure") get one back, and a short list of others.
 */

/** Verbs whose plain form is the stem itself, though the rules would add an "e" or drop a letter. */
const AS_IS = /^(?:be|do|go|see|ski|say|pay|play|stay|fly|try|cry|buy|read|walk|talk|cook|eat|sleep|help|work|learn|join|clean|wash|dress|brush|swim|jump|listen|open|visit|start|finish|wear|draw|spell|count|sit|run|get|put|shop|stop|chat|plan|hug|bath|hang|sing|bring|ring|long|belong|fix|mix|box|sew|row|show|snow|grow|throw|know|blow|flow|bow|tow|drill|fill|sell|tell|call|fall|roll|pull|kill|yell|smell|dwell|swell|spill|miss|pass|kiss|boss|toss|guess|press|bless|cross|focus|gas|bus|bias|edit|limit|vomit|credit|exit|audit|profit|benefit|orbit|deposit|inherit|inhabit|exhibit|prohibit|monitor|tutor|mirror|doctor|author|anchor|honour|colour|favour|labour|humour|harbour|savour|flavour)$/;

/** Longer stems that lost an "e" though no rule below would say so. */
const E_DROPPED =
  /^(?:creat|decid|provid|divid|guid|hid|slid|explor|stor|scor|ignor|restor|ador|cop|participat|behav|manag|encourag|arrang|chang|challeng|exchang|rang|breath|bath|pric|plac|rac|fac|tap|wav|sham|tim|smil|compar|prepar|complet|compet|delet|invit|excit|recit|unit|writ|promis|surpris|advis|revis|supervis|compos|expos|oppos|propos|suppos|clos|los|pleas|rais|rins|chas|choos|caus|teas|amus|abus|refus|accus|excus|confus|focus|combin|defin|determin|imagin|examin|declin|refin|underlin|outlin|interfer|persever|volunteer)$/;

const VOWELS = /[aeiouy]+/g;

function syllables(stem: string): number {
  return (stem.match(VOWELS) ?? []).length;
}

/** "typ", "hop", "skat", "com": one vowel, then one consonant that doubles before "-ing" when the verb ends there. */
const ONE_SHORT_SYLLABLE = /^(?:qu|[^aeiouy])*[aeiouy][^aeiouywx]$/;
/** Endings no English verb has, or has only with an "e": "solv", "danc", "judg", "charg", "cycl", "argu", "freez". */
const NEEDS_E = /(?:v|[^c]c|dg|rg|[bcdfgkpstz]l|u|[^z]z|[^aeiou]at|[^e]ut|[aiu]r|[iy][sz]|[aeiou]s|ag)$/;

/** "runn", "hopp", "travell": a doubled last letter, kept as one ("ll" only in longer words: "call" stays "call"). */
function undoubled(stem: string): string | null {
  const doubled = /([bdfgklmnprtvz])\1$/.exec(stem);
  if (!doubled) return null;
  if (doubled[1] === 'l' && syllables(stem) < 2) return null;
  if ((doubled[1] === 'f' || doubled[1] === 'z') && syllables(stem) < 2) return null;
  return stem.slice(0, -1);
}

/** The plain verb for a stem left when "-ing" is taken off ("typ" for "typing"). */
export function verbFromIngStem(stem: string): string {
  if (AS_IS.test(stem)) return stem;
  if (E_DROPPED.test(stem)) return `${stem}e`;
  // "lying", "dying", "tying": the "ie" became "y".
  if (/^(?:l|d|t|v)y$/.test(stem)) return `${stem.slice(0, -1)}ie`;
  const single = undoubled(stem);
  if (single) return single;
  if (syllables(stem) === 1 && ONE_SHORT_SYLLABLE.test(stem)) return `${stem}e`;
  if (NEEDS_E.test(stem) && !/(?:our|eer|oor|ear|air)$/.test(stem)) return `${stem}e`;
  return stem;
}
