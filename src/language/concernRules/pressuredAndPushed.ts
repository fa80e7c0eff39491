import { firm, type Rule } from './shared';

/**
 * Harm inside a young adult's own relationship, told the way they tell it: being pressured, worn down or
 * guilted into sex ("he keeps on at me til i sleep with him", "felt like i had to have sex with him or hed
 * leave"), and being hurt or handled roughly for asking someone to go ("he gets rough when i want him out").
 * Each needs the part that makes it harm (pressured, till i, or he'd leave, when i want him out), so "we
 * had sex" or "he gets rough at rugby" are left alone. Consent worn down is sexual abuse at any age.
 */

/** Sex and the everyday words for it. */
const SEX = String.raw`(?:sex|sleep(?:ing)?\s+with\s+(?:him|her|them)|sleep\s+with\s+(?:him|her)|stuff\s+in\s+bed|things\s+in\s+bed|sexual\s+(?:stuff|things)|stuff\s+i\s+(?:dont|didnt|do\s+not|did\s+not)\s+(?:want|wanna))`;
const PRESSURED = String.raw`(?:pressured|pressures|pressuring|pressurised|pressurized|pressure|pushed|pushes|pushing|forced|forces|forcing|guilted|guilts|guilt\s+tripped|guilt\s+trips|talked|talks|tricked|tricks|bullied|bullies|made|makes|scared)`;

export const SEX_PRESSURED: readonly Rule[] = [
  // "he pressured me into sex", "my bf guilts me into sleeping with him", "she pushed me into doing stuff in bed".
  firm('sexual_abuse', String.raw`\b${PRESSURED}\s+me\s+(?:in\s*to|into)\s+(?:having\s+|doing\s+)?${SEX}|\b${PRESSURED}\s+me\s+(?:in\s*to|into)\s+(?:having\s+|doing\s+)?(?:it|things|stuff)\b(?=[^~]{0,40}\b(?:in\s+bed|sex\w*|naked|clothes\s+off)\b)`),
  // "he keeps on at me til i sleep with him", "he goes on and on until i have sex with him", "she wont stop asking till i do stuff in bed".
  firm('sexual_abuse', String.raw`\b(?:keeps?\s+on\s+at\s+me|goes\s+on\s+(?:and\s+on\s+)?at\s+me|goes\s+on\s+and\s+on|nags?\s+me|keeps?\s+(?:asking|begging|pestering|mithering|going\s+on)|wont\s+stop\s+(?:asking|going\s+on|begging)|wont\s+leave\s+me\s+alone|sulks?)\s+(?:\w+\s+){0,3}?(?:til|till|until|untill|unless)\s+i\s+(?:\w+\s+)?(?:have\s+sex|sleep\s+with\s+(?:him|her|them)|do\s+(?:it|stuff|things)\s+(?:with\s+(?:him|her)|in\s+bed)|do\s+(?:sexual|stuff\s+in\s+bed)|give\s+in\s+(?:and\s+)?(?:sleep|have\s+sex))\b`),
  // "felt like i had to have sex with him or he'd leave", "i only sleep with him cos hed dump me if i didnt".
  firm('sexual_abuse', String.raw`\b(?:had|have|got)\s+to\s+(?:have\s+sex|sleep\s+with\s+(?:him|her|them)|do\s+(?:it|stuff|things)\s+(?:with\s+(?:him|her)|in\s+bed))\b[^~]{0,30}?\b(?:or|otherwise|else|cos|coz|because)\s+(?:(?:he|she)\s*(?:d|ll|would|will|wud|wld)?|hed|shed|hell|shell)\s+(?:\w+\s+)?(?:leave|leaves|dump|dumps|finish|end\s+it|go\s+off|get\s+(?:angry|mad|cross|nasty)|hurt|hit|cheat|break\s+up|kick\s+me\s+out)\b|\b(?:have\s+sex|sleep|slept|sleeping)\s+with\s+(?:him|her|them)\s+(?:\w+\s+){0,2}?(?:cos|coz|because|or)\s+(?:(?:he|she)\s*(?:d|ll|would|will)|hed|shed|hell|shell)\s+(?:\w+\s+)?(?:leave|dump|finish\s+with|break\s+up\s+with|hurt|hit|kick\s+me\s+out)\s*(?:me)?\s*(?:if\s+i\s+(?:didnt|dont|did\s+not|do\s+not|wont|wouldnt))?`),
  // "i said no but he did it anyway", "i told him to stop but he kept going", "he doesnt stop when i say no" in bed or about sex.
  firm('sexual_abuse', String.raw`\bi\s+(?:said|say|told\s+(?:him|her))\s+(?:no|stop|i\s+didnt\s+want\s+to|i\s+dont\s+want\s+to)\s+(?:\w+\s+){0,2}?(?:but|and)\s+(?:he|she)\s+(?:still\s+)?(?:did\s+it\s+anyway|kept\s+going|carried\s+on|didnt\s+stop|did\s+not\s+stop|wouldnt\s+stop|does\s+it\s+anyway|keeps\s+going)\b(?=[^~]*\b(?:sex|bed|touch\w*|kiss\w*|clothes|undress\w*|naked|body)\b)|(?<=\b(?:sex|bed|touch\w*|clothes|naked)\b[^~]*)\bi\s+(?:said|say|told\s+(?:him|her))\s+(?:no|stop)\s+(?:\w+\s+){0,2}?(?:but|and)\s+(?:he|she)\s+(?:still\s+)?(?:did\s+it\s+anyway|kept\s+going|carried\s+on|didnt\s+stop|wouldnt\s+stop)\b`),
];

/** Asking someone to go, or saying no, in their own home: "when i ask him to leave", "if i say get out". */
const GONE = String.raw`(?:leave(?:\s+(?:my|our)\s+(?:flat|house|place|home))?|go\s+home|go\s+away|go|get\s+out|out|gone|move\s+out|pack\s+(?:his|her)\s+(?:stuff|things|bags?))(?!\s+(?:to|the|a|his|her|school|class|park|shop|table|bed|of\s+the))`;
const ASKED_TO_GO = String.raw`(?:(?:when|if|whenever|every\s+time|wen|wenever|cos|coz)\s+i\s+(?:ask|asked|tell|told|want|wanted|say|said)\s+(?:him|her|them)\s+(?:to\s+)?${GONE}|(?:when|if|whenever|every\s+time|wen)\s+i\s+(?:say|said)\s+(?:get\s+out|go\s+away)|(?:when|if|whenever|every\s+time|wen)\s+i\s+(?:want|wanna|try\s+to\s+get)\s+(?:him|her|them)\s+(?:out|gone|to\s+go|to\s+leave)(?!\s+(?:to|the|a|of|for|with))|(?:when|if|whenever|every\s+time|wen)\s+i\s+(?:ask|tell)\s+(?:him|her|them)\s+to\s+(?:leave|go|get\s+out)\s*$)\b`;

export const ROUGH_WHEN_ASKED_TO_GO: readonly Rule[] = [
  // "he gets rough when i want him out", "she gets physical if i tell her to go", "my ex gets violent if i tell him to leave".
  firm('harm_from_others', String.raw`\b(?:he|she|they|him|her|ex|partner|boyfriend|girlfriend|husband|wife|fiance|fiancee)\s+(?:\w+\s+)?(?:gets?|got|goes|went|turns?|turned|becomes?|is|s)\s+(?:really\s+|proper\s+|so\s+|dead\s+|well\s+|very\s+)?(?:rough|physical|violent|aggressive|handsy)\b(?:\s+with\s+me)?[^~]{0,15}?${ASKED_TO_GO}`),
];
