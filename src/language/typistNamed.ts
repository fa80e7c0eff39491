/*
 * A parent or carer who gives their own name with who they are: "its his dad derek.", "im her mum,
 * Sarah". That name is theirs, never the child's, and is taken out before the child's is looked for.
 */

export interface TypistNamed {
  /** Their role, as said: "dad", "mum", "nan". */
  role: string;
  name: string;
}

const ROLE = String.raw`mum|mom|mummy|mam|mother|dad|daddy|father|step\s?(?:mum|dad)|nan|nana|gran|grandma|grandad|grandpa|auntie|aunt|uncle|foster\s+carer|carer`;
/** "its his dad derek." : the name straight after the role, and nothing after it in that sentence. */
const TYPIST = new RegExp(
  String.raw`(?:^|[.,!;]\s*|\b(?:i\s+am|im|i'm|its|it'?s|it\s+is|this\s+is|me)\s+)(?:his|her|their|the)\s+(${ROLE})[\s,:-]+(\p{L}[\p{L}'’-]*)\s*(?=[.,!;:]|$)`,
  'iu',
);

/** The person typing, named beside their role; undefined when no such name is said. */
export function typistNamed(text: string, isEverydayWord: (word: string) => boolean): TypistNamed | undefined {
  const found = TYPIST.exec(text.trim());
  const name = found?.[2];
  if (!found || !name || name.length < 2 || isEverydayWord(name)) return undefined;
  return { role: found[1]!.toLowerCase().replace(/\s+/g, ' '), name: name[0]!.toUpperCase() + name.slice(1).toLowerCase() };
}

/** The message without the typist's own name and role, so the child's name is read from the rest. */
export function withoutTypistNamed(text: string, isEverydayWord: (word: string) => boolean): string {
  const found = typistNamed(text, isEverydayWord);
  if (!found) return text;
  return text.trim().replace(TYPIST, (all) => (/^[.,!;]/.test(all) ? all[0]! : '')).trim();
}
