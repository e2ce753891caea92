import type { Condition } from './condition.ts';
import { EQUALITY_ID_PREFIX, equalityBlock } from './equality/equality-block.ts';
import type { Question } from './form.ts';
import { quoteConsentQuestion } from './quote-consent-question.ts';

/**
 * A ready-made section an officer adds to a form in one step and then adjusts like any other question.
 * `title` and `description` are for the officer (English, the officer area's language); the questions carry
 * English and, where written, Welsh text.
 */
export interface FormBlock {
  id: string;
  title: string;
  description: string;
  /** A fresh copy of the block's questions, their ids clear of `existingIds` (see withFreeIds). */
  questions(existingIds: ReadonlySet<string>): Question[];
}

/**
 * Gives each question an id not in `existingIds` (nor used earlier in the block): "consent" becomes
 * "consent-2", "consent-3" and so on, and every show-if inside the block follows the renamed ids.
 */
export function withFreeIds(questions: Question[], existingIds: ReadonlySet<string>): Question[] {
  const taken = new Set(existingIds);
  const renamed = new Map<string, string>();
  for (const { id } of questions) {
    let free = id;
    for (let n = 2; taken.has(free); n++) free = `${id}-${n}`;
    taken.add(free);
    renamed.set(id, free);
  }
  return questions.map((question) => {
    const id = renamed.get(question.id) ?? question.id;
    return question.showIf
      ? { ...question, id, showIf: renameCondition(question.showIf, renamed) }
      : { ...question, id };
  });
}

function renameCondition(condition: Condition, renamed: ReadonlyMap<string, string>): Condition {
  const to = (id: string) => renamed.get(id) ?? id;
  if ('equals' in condition) return { equals: { ...condition.equals, question: to(condition.equals.question) } };
  if ('includes' in condition)
    return { includes: { ...condition.includes, question: to(condition.includes.question) } };
  if ('answered' in condition) return { answered: to(condition.answered) };
  if ('not' in condition) return { not: renameCondition(condition.not, renamed) };
  if ('all' in condition) return { all: condition.all.map((c) => renameCondition(c, renamed)) };
  return { any: condition.any.map((c) => renameCondition(c, renamed)) };
}

const privacyNotice: FormBlock = {
  id: 'privacy-notice',
  title: 'Privacy notice',
  description:
    'A screen that tells people, before they answer, who collects their answers, why, how long they are kept and their rights. Edit the text to match your privacy notice.',
  questions: (existing) =>
    withFreeIds(
      [
        {
          id: 'privacy-notice',
          type: 'info',
          required: false,
          label: { en: 'How we use your answers', cy: 'Sut rydyn ni’n defnyddio eich atebion' },
          body: {
            en: 'The council collects your answers to plan its services. This is part of our public task. We keep your answers only as long as we need them, and never sell them. You can ask to see, correct or delete your answers. Ask the member of staff helping you, or read the privacy notice at the start of this form.',
            cy: 'Mae’r cyngor yn casglu eich atebion i gynllunio ei wasanaethau. Mae hyn yn rhan o’n tasg gyhoeddus. Rydyn ni’n cadw eich atebion dim ond cyhyd ag y mae eu hangen arnom, a dydyn ni byth yn eu gwerthu. Gallwch ofyn am gael gweld, cywiro neu ddileu eich atebion. Gofynnwch i’r aelod o staff sy’n eich helpu, neu darllenwch yr hysbysiad preifatrwydd ar ddechrau’r ffurflen hon.',
          },
        },
      ],
      existing,
    ),
};

const consent: FormBlock = {
  id: 'consent',
  title: 'Consent to take part',
  description:
    'An explicit agreement, unticked at first, that the person has read how their answers are used and agrees to take part.',
  questions: (existing) =>
    withFreeIds(
      [
        {
          id: 'consent',
          type: 'consent',
          required: true,
          label: { en: 'Do you agree to take part?', cy: 'Ydych chi’n cytuno i gymryd rhan?' },
          statement: {
            en: 'I have read how my answers will be used, and I agree to take part.',
            cy: 'Rydw i wedi darllen sut y bydd fy atebion yn cael eu defnyddio, ac rydw i’n cytuno i gymryd rhan.',
          },
          errors: {
            required: {
              en: 'Tick the box to agree, or ask a member of staff about other ways to take part',
              cy: 'Ticiwch y blwch i gytuno, neu gofynnwch i aelod o staff am ffyrdd eraill o gymryd rhan',
            },
          },
        },
      ],
      existing,
    ),
};

const equality: FormBlock = {
  id: 'equality',
  title: 'Equality monitoring ("About you")',
  description:
    'Optional questions with the ONS Census 2021 categories (age band, sex, ethnic group, disability, religion), each with "Prefer not to say", after a screen that explains why they are asked. Reach figures are read from these.',
  // The reach figures recognise these questions by their fixed ids, so they are never renamed: a form that
  // already has one keeps it, and only the missing ones are added.
  questions: (existing) => equalityBlock().filter((q) => !(q.id.startsWith(EQUALITY_ID_PREFIX) && existing.has(q.id))),
};

const heardAbout: FormBlock = {
  id: 'heard-about',
  title: 'How did you hear about this?',
  description:
    'Multiple choice (posters, social media, library, friends and family, council website, other), with a box for "Other".',
  questions: (existing) =>
    withFreeIds(
      [
        {
          id: 'heard-about',
          type: 'multiple',
          required: false,
          label: { en: 'How did you hear about this consultation?', cy: 'Sut glywsoch chi am yr ymgynghoriad hwn?' },
          hint: { en: 'Choose all that apply.', cy: 'Dewiswch bob un sy’n berthnasol.' },
          options: [
            { value: 'poster', label: { en: 'A poster or leaflet', cy: 'Poster neu daflen' } },
            { value: 'social-media', label: { en: 'Social media', cy: 'Cyfryngau cymdeithasol' } },
            {
              value: 'library',
              label: { en: 'At a library or community centre', cy: 'Mewn llyfrgell neu ganolfan gymunedol' },
            },
            {
              value: 'word-of-mouth',
              label: { en: 'Friends, family or neighbours', cy: 'Ffrindiau, teulu neu gymdogion' },
            },
            { value: 'council-website', label: { en: 'The council’s website', cy: 'Gwefan y cyngor' } },
            { value: 'other', label: { en: 'Somewhere else', cy: 'Rhywle arall' } },
          ],
        },
        {
          id: 'heard-about-other',
          type: 'text',
          required: false,
          maxLength: 200,
          sameScreenAsPrevious: true,
          showIf: { includes: { question: 'heard-about', value: 'other' } },
          label: { en: 'Where did you hear about it?', cy: 'Ble clywsoch chi amdano?' },
        },
      ],
      existing,
    ),
};

const yesShown = (question: string): Condition => ({ equals: { question, value: 'yes' } });

const involvement: FormBlock = {
  id: 'involvement',
  title: 'Would you like to be involved further?',
  description:
    'Yes or no; only for "yes", a name, a way to contact them and an explicit consent to be contacted (unticked at first).',
  questions: (existing) =>
    withFreeIds(
      [
        {
          id: 'involve-further',
          type: 'yesno',
          required: false,
          label: { en: 'Would you like to be involved further?', cy: 'Hoffech chi gymryd mwy o ran?' },
          hint: {
            en: 'For example, in workshops or future consultations. Your answers count the same whatever you choose.',
            cy: 'Er enghraifft, mewn gweithdai neu ymgynghoriadau yn y dyfodol. Mae eich atebion yn cyfrif yr un fath beth bynnag a ddewiswch.',
          },
        },
        {
          id: 'involve-name',
          type: 'text',
          required: false,
          maxLength: 100,
          showIf: yesShown('involve-further'),
          label: { en: 'Your name', cy: 'Eich enw' },
        },
        {
          id: 'involve-contact',
          type: 'text',
          required: true,
          maxLength: 200,
          sameScreenAsPrevious: true,
          showIf: yesShown('involve-further'),
          label: { en: 'How can we contact you?', cy: 'Sut gallwn ni gysylltu â chi?' },
          hint: { en: 'An email address or phone number.', cy: 'Cyfeiriad e-bost neu rif ffôn.' },
        },
        {
          id: 'involve-consent',
          type: 'consent',
          required: true,
          sameScreenAsPrevious: true,
          showIf: yesShown('involve-further'),
          label: { en: 'Agreeing to be contacted', cy: 'Cytuno i ni gysylltu â chi' },
          statement: {
            en: 'I agree that the council can contact me about taking part. My contact details will be kept apart from my other answers and deleted when I ask.',
            cy: 'Rydw i’n cytuno y gall y cyngor gysylltu â mi am gymryd rhan. Bydd fy manylion cyswllt yn cael eu cadw ar wahân i’m hatebion eraill a’u dileu pan fyddaf yn gofyn.',
          },
        },
      ],
      existing,
    ),
};

const quote: FormBlock = {
  id: 'quote-consent',
  title: 'Can we quote you?',
  description:
    'An explicit, unticked agreement that the council may quote the person’s words, without their name, in its "You said, we did" report. Add a show-if so it appears only to people who wrote something.',
  questions: (existing) => withFreeIds([withWelsh(quoteConsentQuestion([]))], existing),
};

/** The quote consent question (shared with the demo forms, which are in English) with Welsh beside it. */
function withWelsh(question: ReturnType<typeof quoteConsentQuestion>): Question {
  return {
    ...question,
    label: { ...question.label, cy: 'Gawn ni ddyfynnu eich geiriau yn ein hadroddiad?' },
    ...(question.hint && {
      hint: {
        ...question.hint,
        cy: 'Ar ôl yr ymgynghoriad, rydyn ni’n cyhoeddi adroddiad “Dywedoch chi, fe wnaethon ni”. Mae’n dangos beth ddywedodd pobl wrthym a beth wnaethon ni ei newid. Mae eich atebion yn cyfrif yr un fath p’un a ydych chi’n cytuno ai peidio.',
      },
    }),
    statement: {
      ...question.statement,
      cy: 'Rydw i’n cytuno y gall y cyngor ddyfynnu’r hyn a ysgrifennais yn ei adroddiad “Dywedoch chi, fe wnaethon ni”. Ni fydd y dyfyniad yn cynnwys fy enw nac unrhyw beth arall a allai fy adnabod.',
    },
  };
}

/** The ready-made sections, in the order the builder offers them. */
export const FORM_BLOCKS: FormBlock[] = [privacyNotice, consent, equality, heardAbout, involvement, quote];
