import { addAboutMe, addAspiration, addNeed, addNeedHelp, addProvision, startOutcome, updateOutcome, type Draft } from '../../src/domain/draft';
import { draftFrom, type OutcomeFixture } from '../support/draftFixture';

export const NOW = new Date('2026-03-10T10:00:00.000Z');

const PLANS: OutcomeFixture[] = [
  {
    hope: 'I want to work with animals, maybe at a vets',
    theme: 'learning_and_work',
    need: 'I find it hard to start talking to people I do not know',
    helps: 'Practising what to say before I go',
    statement: 'By the end of Year 11 I will do a week of work experience at a vets and talk to the customers',
    when: { phrase: 'by the end of Year 11', date: '2027-07-31' },
    measure: 'My work experience report says I spoke to customers every day',
    doesForMe: 'I would feel more confident talking to new people',
    makesPossible: 'Getting onto the animal care course at college',
    provision: [
      ['Careers adviser to help me find a placement', 'education'],
      ['Small group sessions on starting conversations, once a week', 'education'],
    ],
  },
  {
    hope: 'I want to get the bus to town on my own',
    theme: 'independent_living',
    need: 'I get anxious when the bus is late or busy',
    needSection: 'health',
    statement: 'By next summer I will take the bus to town and back on my own',
    when: { phrase: 'by next summer', date: '2026-07-31' },
    measure: 'I will have done the trip on my own three times',
    doesForMe: 'I would not have to wait for my mum',
    makesPossible: 'Meeting my friends at the weekend',
    provision: [
      ['Travel training for 12 weeks', 'social_care'],
      ['Someone to talk to about my anxiety', 'health'],
    ],
  },
  {
    hope: 'I want to have friends I see outside school',
    theme: 'friends_and_community',
    need: 'I do not know about clubs near me',
    needSection: 'social_care',
    statement: 'By Christmas I will go to a youth club every week',
    when: { phrase: 'by Christmas', date: '2026-12-18' },
    measure: 'The youth worker will see me there each week',
    doesForMe: 'I would have people to talk to',
    makesPossible: 'Having friends to go to the cinema with',
    provision: [['Short breaks worker to go with me the first few times', 'social_care']],
  },
];

/** A draft like one a Year 10 pupil would finish with: three outcomes, needs and help in every part of the plan. */
export function sampleDraft(options: { name?: string; flag?: boolean } = {}): Draft {
  return draftFrom({
    id: 'draft-sample',
    now: NOW,
    person: { name: options.name ?? 'Maya', age: 15, schoolYear: 10 },
    aboutMe: [
      ['strengths', 'I am kind and I am good with animals'],
      ['strengths', 'I never give up on a drawing'],
      ['important', 'My cat Pickle and my gran'],
      ['support', 'Tell me what is going to happen before it happens'],
    ],
    ...(options.flag ? { flag: { category: 'harm_at_home', step: 'hopes.dream' } } : {}),
    outcomes: PLANS.map((plan) => ({ ...plan, confirmed: true })),
  });
}

/** Text a person might type that would be markup, a link or a script if it were not escaped. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  markdown: '**bold** [link](javascript:alert(1))',
  attribute: '"><img src=x onerror=alert(1)>',
  template: '{{phrase}} $t(export:title)',
};

/** The sample draft with hostile text in every kind of field the person fills in. */
export function hostileDraft(): Draft {
  let draft = sampleDraft({ name: HOSTILE.attribute });
  draft = addAboutMe(draft, 'strengths', HOSTILE.script);
  draft = addAboutMe(draft, 'important', HOSTILE.markdown);
  const hope = addAspiration(draft, HOSTILE.attribute, null);
  const need = addNeed(hope.draft, HOSTILE.script, [hope.aspiration.id]);
  draft = addNeedHelp(need.draft, need.need.id, HOSTILE.markdown);
  const started = startOutcome(draft, { statement: HOSTILE.script, aspirationId: hope.aspiration.id, needIds: [need.need.id] });
  draft = updateOutcome(started.draft, started.outcome.id, {
    timeframe: { phrase: HOSTILE.template, date: '2026-07-31' },
    measure: HOSTILE.attribute,
    doesForMe: HOSTILE.markdown,
    makesPossible: HOSTILE.script,
    confirmed: false,
  });
  return addProvision(draft, started.outcome.id, HOSTILE.script, 'health').draft;
}
