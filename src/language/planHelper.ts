/*
 * The person who helps them, in their own word: many young people never hear "key worker" and
 * name a support worker ("Dee my support worker helps me"), a social worker, a SENCo or a teacher
 * ("Mr Hughes my teacher"). Where the draft names one, the bot says that word (and the name)
 * instead of "key worker", so the sharing and who-sees answers mean someone they know.
 */

const ROLES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bsupport\s+worker\b/i, 'support worker'],
  [/\bsocial\s+worker\b/i, 'social worker'],
  [/\bsenco\b/i, 'SENCo'],
  [/\bkey\s*worker\b/i, 'key worker'],
  [/\b(?:form\s+)?(?:teacher|tutor)\b/i, 'teacher'],
];

/** Words that sit next to a role but are not a name ("my support worker helps", "the teacher"). */
const NOT_NAMES = new Set(
  'i me my mine our your his her their the a an and or but with is was are be been and helps help helped says said when if so to at in on for of from by new old nice kind who that this she he they we it also like likes goes go going comes come can will would does did do not no yes'.split(' '),
);

const TITLE = String.raw`(?:(?:mr|mrs|ms|miss|dr)\.?\s+[A-Za-z][\w'-]*)`;
const WORD = String.raw`(?:[A-Za-z][\w'-]*)`;

export interface PlanHelper {
  /** Their word for the role, in the bot's spelling ("support worker", "SENCo"). */
  role: string;
  /** The name they gave, as typed but capitalised ("Dee", "Mr Hughes"); absent when none. */
  name?: string;
}

const capital = (name: string) => name.replace(/(^|\s)(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase());

function nameBeside(text: string, roleSource: string): string | undefined {
  const role = `(?:${roleSource})`;
  const patterns = [
    // "Dee my support worker", "Mr Hughes, my teacher", "Dee (support worker)"
    new RegExp(String.raw`(${TITLE}|${WORD})\s*[,(-]?\s*(?:my|our|the|his|her|their)?\s*${role}`, 'i'),
    // "my support worker Dee", "my teacher is Mr Hughes", "my social worker called Sam"
    new RegExp(String.raw`${role}\s*[,(-]?\s*(?:is\s+|called\s+|named\s+)?(${TITLE}|${WORD})`, 'i'),
  ];
  for (const pattern of patterns) {
    const found = pattern.exec(text)?.[1]?.trim();
    if (!found) continue;
    const first = found.toLowerCase().split(/\s+/)[0]!.replace(/\.$/, '');
    if (NOT_NAMES.has(first) || ROLES.some(([r]) => r.test(found))) continue;
    return capital(found.replace(/\.(?=\s)/, ''));
  }
  return undefined;
}

/**
 * The first helper named in these texts (in order), with the name beside the role when one is
 * given; undefined when none is named or they only say "key worker" with no name.
 */
export function readPlanHelper(texts: readonly string[]): PlanHelper | undefined {
  for (const text of texts) {
    for (const [pattern, role] of ROLES) {
      if (!pattern.test(text)) continue;
      const name = nameBeside(text, pattern.source.replace(/\\b/g, ''));
      if (role === 'key worker' && !name) continue;
      return name ? { role, name } : { role };
    }
  }
  return undefined;
}
