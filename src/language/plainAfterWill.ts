/** Words ending in "s" after "will" that are no verb said of him or her ("will always", "will this"). */
const NOT_THIRD_PERSON = /^(?:this|his|hers|its|was|us|yes|always|sometimes|perhaps|towards|across|less|unless|thus|plus|various|besides|afterwards|nevertheless|otherwise|as)$/;
/** Words that may stand between "will" and the verb: "will always walks". */
const BEFORE_VERB = '(?:(?:always|often|never|sometimes|usually|still|also|only|just|really|soon|then|now)\\s+)?';
/** "will walks": made once, not per sentence. */
const WILL_THEN_S_VERB = new RegExp(`\\b(will\\s+${BEFORE_VERB})([a-z]+s)\\b(?!')`);

/** "walks", "goes", "does", "has", "tries": the verb's plain form, as it follows "will". */
function baseForm(verb: string): string {
  if (verb === 'is') return 'be';
  if (verb.length < 3 || NOT_THIRD_PERSON.test(verb) || /(?:ss|us|is|ous)$/.test(verb)) return verb;
  if (verb === 'has') return 'have';
  if (verb === 'does' || verb === 'goes') return verb.slice(0, -2);
  if (/[^aeiou]ies$/.test(verb) && verb.length > 4) return `${verb.slice(0, -3)}y`;
  if (/(?:ch|sh|x|zz|ss)es$/.test(verb)) return verb.slice(0, -2);
  if (/s$/.test(verb)) return verb.slice(0, -1);
  return verb;
}

/** "Olek will walks to school": a parent's "he walks" after "will" takes the plain verb ("Olek will walk"). */
export function plainAfterWill(body: string): string {
  return body.replace(WILL_THEN_S_VERB, (_m, lead: string, verb: string) => `${lead}${baseForm(verb)}`);
}
