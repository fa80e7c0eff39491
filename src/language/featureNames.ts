import { forgottenWithReadings } from './recentReadings';
import { stemOf } from './wordReading';

/**
 * Feature names made of two parts ("go_colleg", "#money+older", "agent>act"), each made once and handed out again:
 * a name joined afresh is a new string, copied and hashed again at every look-up (in the model, in a set of features),
 * while a name handed out again has its hash already. `kept` bounds a memory whose parts are typed words.
 */
export class JoinedNames {
  private readonly byFirst = new Map<string, Map<string, string>>();
  private count = 0;

  constructor(
    private readonly between: string,
    private readonly kept = Infinity,
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

  /** Whether a name with this first part is kept (for tests). */
  holdsFirst(first: string): boolean {
    return this.byFirst.has(first);
  }
}

/*
 * The statement and concern features' names made of parts. Stems are typed words, so the names made of them are bounded
 * and forgotten with the readings ("delete my data"); cues, roles and word groups are the project's own words.
 */
export const STEM_PAIRS = new JoinedNames('_', 20_000);
export const FIRST_WORDS = new JoinedNames('^', 20_000);
/** Cue names ("#tf_short", "#money"), roles paired ("agent>act") and groups paired ("~c12_~c40"): a fixed vocabulary. */
export const CUE_NAMES = new JoinedNames('#');
export const CUE_PAIRS = new JoinedNames('+');
export const ROLE_PAIRS = new JoinedNames('>');
export const GROUP_PAIRS = new JoinedNames('_');
forgottenWithReadings({
  forget() {
    STEM_PAIRS.forget();
    FIRST_WORDS.forget();
  },
  // Every word but the last begins a pair kept: the message's words are all held.
  holds: (text) => {
    const words = text.toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter((w) => w !== '');
    return words.length > 1 && words.slice(0, -1).every((word) => STEM_PAIRS.holdsFirst(stemOf(word)));
  },
});
