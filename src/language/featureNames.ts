/**
 * Feature names made of two parts ("go_colleg", "#money+older", "agent>act"), each made once and handed out again:
 * a name joined afresh is a new string, copied and hashed again at every look-up (in the model, in a set of features),
 * while a name handed out again has its hash already. Only for names made of
 * the project's own words (cues, roles, word groups): typed words are joined afresh (JoinedAfresh).
 */
export class JoinedNames {
  private readonly byFirst = new Map<string, Map<string, string>>();
  private count = 0;

  constructor(
    private readonly between: string,
    /** A cap, so that a name made of something unforeseen can never grow the memory without end. */
    private readonly kept = 20_000,
  ) {}

  of(first: string, second: string): string {
    let seconds = this.byFirst.get(first);
    let name = seconds?.get(second);
    if (name !== undefined) return name;
    if (this.count >= this.kept) {
      this.forget();
      seconds = undefined;
    }
    if (seconds === undefined) {
      seconds = new Map<string, string>();
      this.byFirst.set(first, seconds);
    }
    name = `${first}${this.between}${second}`;
    seconds.set(second, name);
    this.count++;
    return name;
  }

  forget(): void {
    this.byFirst.clear();
    this.count = 0;
  }

  /** How many names are kept (for tests). */
  get size(): number {
    return this.count;
  }
}

/**
 * Names joined afresh each time, keeping nothing: for names made of typed words. Keeping them was
 * measured (16 rounds of the held-out statements, alternated in one process, twice) and paid nothing
 * that showed above the noise, while it held a person's words between conversations.
 */
export class JoinedAfresh {
  constructor(private readonly between: string) {}

  of(first: string, second: string): string {
    return `${first}${this.between}${second}`;
  }
}

/* Stem pairs and first words are typed words: joined afresh, so no memory of them outlives the message. */
export const STEM_PAIRS = new JoinedAfresh('_');
export const FIRST_WORDS = new JoinedAfresh('^');
/** Cue names ("#tf_short", "#money"), roles paired ("agent>act") and groups paired ("~c12_~c40"): the project's own words, a fixed vocabulary. */
export const CUE_NAMES = new JoinedNames('#');
export const CUE_PAIRS = new JoinedNames('+');
export const ROLE_PAIRS = new JoinedNames('>');
export const GROUP_PAIRS = new JoinedNames('_');
