import {
  addAboutMe,
  addAspiration,
  addFlag,
  addNeed,
  addNeedHelp,
  addProvision,
  createDraft,
  setConsent,
  setKeyWorker,
  setYoungPerson,
  startOutcome,
  updateOutcome,
  type Draft,
  type PlanPart,
  type ThemeId,
} from '../../src/domain/draft';
import type { AboutMeSection } from '../../src/domain/vocabulary';

/** One outcome with the hope and need it comes from, as a young person would give them. */
export interface OutcomeFixture {
  /** Outcomes naming the same hope share it. */
  hope: string;
  theme: ThemeId | null;
  /** Without a need, the outcome is linked to none. */
  need?: string;
  needSection?: PlanPart;
  helps?: string;
  statement: string;
  when?: { phrase: string; date: string };
  measure?: string;
  doesForMe?: string;
  makesPossible?: string;
  confirmed?: boolean;
  provision?: [string, PlanPart][];
}

export interface DraftFixture {
  id: string;
  now: Date;
  person: { name: string; age: number; schoolYear: number };
  aboutMe: [AboutMeSection, string][];
  flag?: { category: string; step: string };
  outcomes: OutcomeFixture[];
  keyWorker?: { invitationCode: string; shared: boolean };
}

/** The one draft builder of the tests: a draft built with the domain's own operations, as the journey builds it. */
export function draftFrom(fixture: DraftFixture): Draft {
  const { now } = fixture;
  let draft = setConsent(createDraft({ id: fixture.id, now }), true, now);
  draft = setYoungPerson(draft, fixture.person);
  for (const [section, text] of fixture.aboutMe) draft = addAboutMe(draft, section, text);
  if (fixture.flag) draft = addFlag(draft, { ...fixture.flag, at: now });
  const hopes = new Map<string, string>();
  for (const plan of fixture.outcomes) {
    let hopeId = hopes.get(plan.hope);
    if (!hopeId) {
      const hope = addAspiration(draft, plan.hope, plan.theme);
      draft = hope.draft;
      hopeId = hope.aspiration.id;
      hopes.set(plan.hope, hopeId);
    }
    const needIds: string[] = [];
    if (plan.need !== undefined) {
      const need = addNeed(draft, plan.need, [hopeId], plan.needSection);
      draft = plan.helps ? addNeedHelp(need.draft, need.need.id, plan.helps) : need.draft;
      needIds.push(need.need.id);
    }
    const started = startOutcome(draft, { statement: plan.statement, aspirationId: hopeId, ...(needIds.length > 0 ? { needIds } : {}) });
    draft = started.draft;
    const answers = {
      ...(plan.when ? { timeframe: plan.when } : {}),
      ...(plan.measure ? { measure: plan.measure } : {}),
      ...(plan.doesForMe ? { doesForMe: plan.doesForMe } : {}),
      ...(plan.makesPossible ? { makesPossible: plan.makesPossible } : {}),
      ...(plan.confirmed !== undefined ? { confirmed: plan.confirmed } : {}),
    };
    if (Object.keys(answers).length > 0) draft = updateOutcome(draft, started.outcome.id, answers);
    for (const [text, by] of plan.provision ?? []) draft = addProvision(draft, started.outcome.id, text, by).draft;
  }
  if (fixture.keyWorker) draft = setKeyWorker(draft, fixture.keyWorker);
  return draft;
}
