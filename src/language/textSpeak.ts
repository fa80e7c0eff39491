import { RecentReadings } from './recentReadings';
import { speechAsTyped, unmarkedSpeech } from './unmarkedSpeech';
import { GatedReplacements } from './gatedReplacements';
import { withPlaceCapitals } from './ukPlaces';

/*
 * Text-speak as people type it quickly ("cant do maths wiv out help"). Their words are kept whole in
 * the draft; a read-back offers the same words tidied (a capital letter, "can't", "with", "you"),
 * and the tidied form is only kept when the person says the read-back is right. Only spellings
 * that mean one thing are changed: "ur" (your or you're) and "ill" (unwell) are left as typed.
 */

/**
 * A word typed as another real word ("go to collage", "cook my tee", "on my on"): kept as typed, it
 * says something else, so it is kept as meant too, never only shown so. Text-speak stays as typed.
 */
const MEANT_WORDS: ReadonlyArray<[RegExp, string]> = [
  // "go to collage", "leave collage": college, where a place is meant ("make a collage" is art, and stays).
  [/(?<=\b(?:to|at|from|start|starting|starts|leave|leaving|finish|finishing|before|after|by)\s+(?:the\s+|my\s+)?)collage\b/gi, 'college'],
  // "cook my tee", "make the tee": the evening meal, after a word that goes with a meal (alone "tee" may be a T-shirt).
  [/(?<=\b(?:cook|cooks|cooking|make|makes|making|eat|eats|eating|have|having)\s+(?:my|me|our|his|her|their|the|a|your)?\s*)tee\b/gi, 'tea'],
  [/(?<=\bcups?\s+of\s+)tee\b/gi, 'tea'],
  // "on my on": "own" typed as it sounds, after "on my".
  [/(?<=\bon\s+(?:my|his|her|their|your|our)\s+)on\b/gi, 'own'],
];

/** Their words with each word typed as another real word put as meant ("go to collage" is "go to college"); nothing else changed. */
export function withMeantWords(text: string): string {
  return MEANT_WORDS.reduce((t, [re, word]) => t.replace(re, word), text);
}

const SHORT_FORMS: readonly [RegExp, string][] = [
  [/\bwiv\s*out\b|\bwivout\b|\bwidout\b|\bw\/o\b/gi, 'without'],
  [/\bwiv\b|\bwid\b|\bw\/\b/gi, 'with'],
  [/\bu\b/gi, 'you'],
  // "go to a friends party": one friend's party, so the apostrophe is put in.
  [/\b(a|my|his|her|their)\s+friends\s+(party|house|home|birthday|place|sleepover|flat)\b/gi, "$1 friend's $2"],
  [/\bim\b/gi, "I'm"],
  [/\bive\b/gi, "I've"],
  // "id get a certificate", "and id have": "I'd" before what they would do; "my id", "photo id", "id card" stay an ID.
  [/(?<!\b(?:my|your|his|her|their|our|the|a|an|photo|student|with|no|show|shows|bring|own|of|for|need|needs|get|got|lost|new|fake|valid|user|staff)\s+)\bid\b(?=\s+(?:be|have|get|got|like|love|feel|need|want|go|do|know|say|rather|prefer|probably|really|also|definitely|actually|just|still|finally|then|never|not|try|use|make|take|buy|pay|earn|learn|tell|ask|help|work|play|live|move|start|stop|save|put|give|see|meet|enjoy|pass|hope|think|show|be)\b)/gi, "I'd"],
  [/\bcant\b/gi, "can't"],
  [/\bdont\b/gi, "don't"],
  // "i wont to be", "i wont a dog": never "won't" before "to" or "a", so "want" typed as it sounds.
  [/\bwont(?=\s+(?:to|a|an|some)\b)/gi, 'want'],
  [/\bwont\b/gi, "won't"],
  [/\bdidnt\b/gi, "didn't"],
  [/\bdoesnt\b/gi, "doesn't"],
  [/\bisnt\b/gi, "isn't"],
  [/\bwasnt\b/gi, "wasn't"],
  [/\barent\b/gi, "aren't"],
  [/\bcouldnt\b/gi, "couldn't"],
  [/\bwouldnt\b/gi, "wouldn't"],
  [/\bshouldnt\b/gi, "shouldn't"],
  [/\bhavent\b/gi, "haven't"],
  [/\bthats\b/gi, "that's"],
  [/\bwhats\b/gi, "what's"],
  [/\btheres\b/gi, "there's"],
  [/\bshes\b/gi, "she's"],
  // "ill have been", "ill be there": "I'll" before a verb; "ill" after "feel", "was", "very" is unwell, and stays.
  [/(?<!\b(?:feel|feels|feeling|felt|was|were|is|am|are|been|being|be|get|gets|got|getting|very|so|really|quite|too|seriously|mentally|terminally|chronically|an|the|fall|falls|fell|fallen|falling|taken|become|becomes|became|becoming|went|goes)\s)\bill(?=\s+(?:have|be|go|get|do|know|need|see|try|make|take|show|tell|text|send)\b)/gi, "I'll"],
  [/\bpics\b|\bpix\b|\bpiccies\b/gi, 'photos'],
  [/\bb4\b/gi, 'before'],
  // "something to put on a cv": a CV, said in capitals as everyone writes it.
  [/\bcv(s?)\b/gi, 'CV$1'],
  [/\b2moro\b|\b2morrow\b|\btmrw\b/gi, 'tomorrow'],
  [/\b2day\b/gi, 'today'],
  // "this yr", "a yr": a year after a word that comes before one; alone "yr" may be "your", and stays.
  [/(?<=\b(?:this|next|last|a|the|one|1|per|every|each|school|new|of)\s)yr\b/gi, 'year'],
  [/\byrs\b/gi, 'years'],
  [/\bcoz\b|\bcuz\b|\bbcoz\b|\bbc\b/gi, 'because'],
  [/\bppl\b/gi, 'people'],
  [/\bpls\b|\bplz\b/gi, 'please'],
  [/\btho\b/gi, 'though'],
  [/\bgonna\b/gi, 'going to'],
  [/\b(?:wanna|wna|wnna|wana|wan2)\b/gi, 'want to'],
  // "to b a chef", "will b ok": a lone b after a word that comes before "be" (never a letter in a list).
  [/(?<=\b(?:to|will|wil|can|could|cud|would|wud|should|shud|can't|cant|won't|wont|never|not|must|might|may|gonna|gotta|I'll|ill|i'll)\s)b(?=\s+[a-z])/gi, 'be'],
  // "want 2 go", "go 2 college", "talk 2 me": a lone 2 after a verb that goes with "to", and never before a count ("need 2 hours").
  [/(?<=\b(?:want|wants|wanted|going|go|goes|went|come|comes|came|talk|talks|tlk|speak|listen|back|able|used|trying|try|learn|learning|how)\s)2(?=\s+(?!(?:hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|times?|mins?|minutes?|people|ppl|friends|kids|children|more|of|things|lessons|sessions|or|and|x|weekends|nights|pounds?|quid)\b)[a-z])/gi, 'to'],
  [/\bcnt\b/gi, "can't"],
  [/\btlk\b/gi, 'talk'],
  [/\bgotta\b/gi, 'have to'],
  [/\bsum1\b/gi, 'someone'],
  [/\bsumthing\b|\bsumfin\b|\bsomethin\b/gi, 'something'],
  [/\bnd\b/gi, 'and'],
  // "budget n pay bills": a lone n between two words is "and" (never a letter in a list: "n" at the end or after a comma stays).
  [/(?<=[a-z]\s)n(?=\s[a-z])/gi, 'and'],
  // Spelled by sound: only spellings that are no other word.
  [/\bevry\b/gi, 'every'],
  [/\bevryday\b/gi, 'every day'],
  [/\bfrend\b/gi, 'friend'],
  [/\bfrends\b/gi, 'friends'],
  [/\bwil\b/gi, 'will'],
  [/\bskool\b/gi, 'school'],
  [/\bfone\b/gi, 'phone'],
  [/\bwurk\b/gi, 'work'],
  [/\bteecher\b/gi, 'teacher'],
  [/\bwurried\b/gi, 'worried'],
  [/\benuf\b|\benuff\b/gi, 'enough'],
  [/\bsumone\b/gi, 'someone'],
  [/\bwud\b/gi, 'would'],
  [/\bcud\b/gi, 'could'],
  [/\bshud\b/gi, 'should'],
  [/\bcrismas\b|\bchrismas\b|\bxmas\b/gi, 'Christmas'],
  [/\bsumer\b/gi, 'summer'],
  [/\bchanje\b/gi, 'change'],
  [/\bluv\b/gi, 'love'],
  // Common misspellings of everyday words in plans ("go colij", "job in kichen"): each is no other word.
  [/\b(?:colij|colije|collij|collije|colidge|collidge|colledge|colege|collej|colej)\b/gi, 'college'],
  [/\b(?:kichen|kitchin|kichin|kitchn)\b/gi, 'kitchen'],
  [/\b(?:footbal|fotball|fotbal|futball|futbol)\b/gi, 'football'],
  [/\b(?:skul|skewl|scool)\b/gi, 'school'],
  [/\b(?:practis|practiss|practic)\b/gi, 'practise'],
  [/\b(?:nuthin|nuffin|nothin|nufink|nuffink)\b/gi, 'nothing'],
  [/\b(?:munny|muny)\b/gi, 'money'],
  [/\bgud\b/gi, 'good'],
  [/\brong\b/gi, 'wrong'],
  [/\b(?:wot|wat)\b/gi, 'what'],
  [/\b(?:becos|becoz|bcos|cos)\b/gi, 'because'],
  [/\b(?:shoppin)\b/gi, 'shopping'],
  [/\b(?:cookin)\b/gi, 'cooking'],
  [/\b(?:readin)\b/gi, 'reading'],
  [/\b(?:writin|ritin|riting)\b/gi, 'writing'],
  [/\b(?:travle|travell)\b/gi, 'travel'],
  [/\b(?:apprentiship|aprenticeship|apprentaship)\b/gi, 'apprenticeship'],
  [/\b(?:frends)\b/gi, 'friends'],
  [/\b(?:nite)\b/gi, 'night'],
  [/\b(?:tomoz|2moz)\b/gi, 'tomorrow'],
  [/\b(?:wen)\b/gi, 'when'],
  [/\b(?:hous)\b/gi, 'house'],
  [/\b(?:brekfast)\b/gi, 'breakfast'],
  // Plain slips in everyday words of a plan ("the libary", "my freind"): each is no other word.
  [/\b(?:libary|liberry|libry)\b/gi, 'library'],
  [/\b(?:freind|frined)\b/gi, 'friend'],
  [/\b(?:freinds|frineds)\b/gi, 'friends'],
  [/\b(?:becuase|becasue|becuse|beacuse)\b/gi, 'because'],
  [/\b(?:tommorow|tomorow|tommorrow)\b/gi, 'tomorrow'],
  [/\b(?:diffrent|diffrint)\b/gi, 'different'],
  [/\b(?:realy)\b/gi, 'really'],
  [/\b(?:untill)\b/gi, 'until'],
  [/\b(?:independant|indipendent|indepedent)\b/gi, 'independent'],
  [/\b(?:swiming)\b/gi, 'swimming'],
  [/\b(?:shoping)\b/gi, 'shopping'],
  [/\b(?:traning)\b/gi, 'training'],
  [/\b(?:resturant|restraunt|resteraunt)\b/gi, 'restaurant'],
  [/\b(?:docter|doctur)\b/gi, 'doctor'],
  [/\b(?:apointment|appointmant|apointmant)\b/gi, 'appointment'],
  [/\b(?:excercise|exersise|exercize)\b/gi, 'exercise'],
  ...MEANT_WORDS,
  // Feelings spelt as they sound ("make me hapy"): each is no other word.
  [/\b(?:hapy|happey|hapey|happie)\b/gi, 'happy'],
  [/\b(?:hapier|happyer|hapyer)\b/gi, 'happier'],
  [/\b(?:proude|prowd)\b/gi, 'proud'],
  [/\b(?:confedent|confadent|confiddent|confydent)\b/gi, 'confident'],
  [/\bi\b/g, 'I'],
];

/** Words in quote marks: what someone said ("Kyle says: \"im gonna walk away\""). */
const QUOTED = /(["\u201C][^"\u201C\u201D]*["\u201D])/;

/**
 * Their words with text-speak spelled out and a capital letter to start; nothing else changed.
 * Words in quote marks are someone's own words, kept as typed: only their first letter is a capital.
 */
export function tidyTextSpeak(text: string): string {
  return tidiedTexts.read(text, () => {
    const out = outsideQuotes(text.replace(/\s+/g, ' ').trim(), tidyPart);
    return out.charAt(0).toUpperCase() + out.slice(1);
  });
}

/** An outcome's words are tidied for its sentence, its read-back and the check of whether they need it: once is enough. */
const tidiedTexts = new RecentReadings<string>();

/** `tidy` applied to the words outside quote marks; a quote keeps its words, with a capital to start. */
export function outsideQuotes(text: string, tidy: (words: string) => string): string {
  return text.split(QUOTED).map((part, i) => (i % 2 === 1 ? capitalQuote(part) : outsideSpeech(part, tidy))).join('');
}

/** Words they will say typed without quote marks ("say can i have a drink") are kept as typed too. */
function outsideSpeech(text: string, tidy: (words: string) => string): string {
  let out = '';
  let at = 0;
  for (const [start, end] of unmarkedSpeech(text)) {
    out += tidy(text.slice(at, start)) + speechAsTyped(text.slice(start, end));
    at = end;
  }
  return out + tidy(text.slice(at));
}

/** Most words typed are no short form: only the forms whose words a text holds are tried on it. */
const SHORT_FORM_REPLACEMENTS = new GatedReplacements(SHORT_FORMS);

function tidyPart(text: string): string {
  return withPlaceCapitals(SHORT_FORM_REPLACEMENTS.apply(text));
}

function capitalQuote(quote: string): string {
  return quote.charAt(0) + quote.charAt(1).toUpperCase() + quote.slice(2);
}

/** Whether tidying changes more than the first letter: then the tidied form is read back for a yes. */
export function needsTidying(text: string): boolean {
  const tidied = tidyTextSpeak(text);
  // A town's capital letters ("leeds" as "Leeds") are no tidying to ask about.
  return tidied.slice(1) !== withPlaceCapitals(text.replace(/\s+/g, ' ').trim()).slice(1);
}

/** Their words for a read-back: text-speak spelled out ("i wna b a chef" is "I want to be a chef"), else as typed with "I" for "i". */
export function spelledForReadBack(text: string): string {
  // As needsTidying, with the tidied words made once.
  const tidied = tidyTextSpeak(text);
  // "i want to ..." beside "I want to ...": a person speaking of themselves is always "I", in every list.
  return tidied.slice(1) !== withPlaceCapitals(text.replace(/\s+/g, ' ').trim()).slice(1) ? tidied : withCapitalI(text);
}

/** Their words as typed, with "I" for a person speaking of themselves ("i want" reads "I want"); quoted words kept. */
export function withCapitalI(text: string): string {
  return outsideQuotes(text, (words) => withPlaceCapitals(words.replace(/\bi\b/g, 'I')));
}
