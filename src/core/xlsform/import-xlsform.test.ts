import { describe, expect, test } from 'vitest';
import type { Question } from '../form.ts';
import { importXlsForm } from './import-xlsform.ts';
import type { ReportLine, Sheets } from './xlsform-sheets.ts';

const SETTINGS = [
  ['form_id', 'form_title', 'version', 'default_language'],
  ['parks', 'Parks', '1', 'English (en)'],
];
const YES_NO = [
  ['list_name', 'name', 'label'],
  ['yn', 'yes', 'Yes'],
  ['yn', 'no', 'No'],
];

/** Imports a survey (header first) with these choices and the settings above; fails on any error. */
function questionsOf(survey: string[][], choices?: string[][], settings = SETTINGS) {
  const { form, report } = importXlsForm({ survey, ...(choices ? { choices } : {}), settings });
  expect(report.filter((l) => l.severity === 'error')).toEqual([]);
  return { questions: form?.questions as Question[], report: report.filter((l) => l.sheet !== 'settings'), form };
}

const warning = (row: number, column: string, message: string | RegExp): ReportLine =>
  ({
    severity: 'warning',
    sheet: 'survey',
    row,
    column,
    message: typeof message === 'string' ? message : expect.stringMatching(message),
  }) as ReportLine;

describe('types', () => {
  test('select_one, select_multiple and rank take their choices; or_other on select_one is "Other, please specify"', () => {
    const { questions, report } = questionsOf(
      [
        ['type', 'name', 'label', 'parameters'],
        ['select_one colours or_other', 'colour', 'Colour?', 'other_max_length=30'],
        ['select_multiple colours', 'colours', 'Colours?', ''],
        ['rank colours', 'order', 'Order?', ''],
      ],
      [
        ['list_name', 'name', 'label'],
        ['colours', 'red', 'Red'],
        ['colours', 'blue', 'Blue'],
      ],
    );
    const options = [
      { value: 'red', label: { en: 'Red' } },
      { value: 'blue', label: { en: 'Blue' } },
    ];
    expect(questions).toEqual([
      {
        id: 'colour',
        type: 'single',
        required: false,
        label: { en: 'Colour?' },
        options,
        other: { label: { en: 'Other' }, maxLength: 30 },
      },
      { id: 'colours', type: 'multiple', required: false, label: { en: 'Colours?' }, options },
      { id: 'order', type: 'ranking', required: false, label: { en: 'Order?' }, options },
    ]);
    expect(report).toEqual([]);
  });

  test('select_multiple with or_other gets an "other" choice and a question shown when it is chosen, as ODK does', () => {
    const { questions, report } = questionsOf(
      [
        ['type', 'name', 'label'],
        ['select_multiple yn or_other', 'why', 'Why?'],
      ],
      YES_NO,
    );
    expect(questions).toEqual([
      expect.objectContaining({
        id: 'why',
        options: [expect.anything(), expect.anything(), { value: 'other', label: { en: 'Other' } }],
      }),
      {
        id: 'why-other',
        type: 'text',
        required: false,
        maxLength: 500,
        label: { en: 'Please specify' },
        showIf: { includes: { question: 'why', value: 'other' } },
      },
    ]);
    expect(report).toEqual([warning(2, 'type', /"why" gets an "other" choice and a question "why-other"/)]);
  });

  test('text, integer, decimal, date, note, range, acknowledge and the Chorus types', () => {
    const { questions, report } = questionsOf(
      [
        ['type', 'name', 'label', 'appearance', 'parameters', 'body', 'statement', 'low_label', 'high_label', 'suffix'],
        ['text', 'name', 'Name?', '', '', '', '', '', '', ''],
        ['text', 'story', 'Story?', 'multiline', '', '', '', '', '', ''],
        ['text', 'district', 'District?', 'postcode-district', '', '', '', '', '', ''],
        ['integer', 'age', 'Age?', '', '', '', '', '', '', 'years'],
        ['decimal', 'miles', 'Miles?', '', '', '', '', '', '', ''],
        ['date', 'when', 'When?', '', '', '', '', '', '', ''],
        ['note', 'intro', 'About this', '', '', 'Tell us.', '', '', '', ''],
        ['range', 'happy', 'Happy?', 'faces', 'start=1 end=5 step=1', '', '', 'Not', 'Very', ''],
        ['range', 'score', 'Score?', '', 'start=0 end=10', '', '', '', '', ''],
        ['acknowledge', 'agree', 'Agreement', '', '', '', 'I agree.', '', '', ''],
        ['yesno', 'contact', 'Contact you?', '', '', '', '', '', '', ''],
        ['points budget', 'budget', 'Share', '', 'total=10', '', '', '', '', ''],
      ],
      [
        ['list_name', 'name', 'label'],
        ['budget', 'a', 'A'],
        ['budget', 'b', 'B'],
      ],
    );
    const base = (id: string, label: string) => ({ id, required: false, label: { en: label } });
    expect(questions).toEqual([
      { ...base('name', 'Name?'), type: 'text', maxLength: 500 },
      { ...base('story', 'Story?'), type: 'longtext', maxLength: 10_000 },
      { ...base('district', 'District?'), type: 'postcode-district' },
      { ...base('age', 'Age?'), type: 'number', wholeNumber: true, suffix: { en: 'years' } },
      { ...base('miles', 'Miles?'), type: 'number' },
      { ...base('when', 'When?'), type: 'date' },
      { ...base('intro', 'About this'), type: 'info', body: { en: 'Tell us.' } },
      { ...base('happy', 'Happy?'), type: 'scale', lowLabel: { en: 'Not' }, highLabel: { en: 'Very' }, faces: true },
      { ...base('score', 'Score?'), type: 'number', min: 0, max: 10, wholeNumber: true },
      { ...base('agree', 'Agreement'), type: 'consent', statement: { en: 'I agree.' } },
      { ...base('contact', 'Contact you?'), type: 'yesno' },
      {
        ...base('budget', 'Share'),
        type: 'points',
        total: 10,
        options: [
          { value: 'a', label: { en: 'A' } },
          { value: 'b', label: { en: 'B' } },
        ],
      },
    ]);
    expect(report).toEqual([
      warning(
        10,
        'parameters',
        'Range "score" becomes a number question from 0 to 10: Chorus scales run from 1 to 5 in steps of 1 and name both ends (low_label, high_label).',
      ),
    ]);
  });

  test('a note without a body shows its label, or its hint, as its text; said so', () => {
    const { questions, report } = questionsOf([
      ['type', 'name', 'label', 'hint', 'media::image'],
      ['note', 'a', 'Welcome', '', ''],
      ['note', 'b', 'Next part', 'About your home', 'home.png'],
    ]);
    expect(questions).toEqual([
      { id: 'a', type: 'info', required: false, label: { en: 'Welcome' }, body: { en: 'Welcome' } },
      { id: 'b', type: 'info', required: false, label: { en: 'Next part' }, body: { en: 'About your home' } },
    ]);
    expect(report).toEqual([
      warning(2, 'body', /Note "a" has one text/),
      warning(3, 'body', 'Note "b": its hint is shown as its text (Chorus notes have a heading and a text).'),
      warning(
        3,
        'media::image',
        'Image "home.png" was not imported: Chorus shows an image only with a description (add an "image_alt" column).',
      ),
    ]);
  });

  test('types Chorus has no question for, metadata and repeats are reported row by row; nothing else is lost', () => {
    const { questions, report } = questionsOf([
      ['type', 'name', 'label', 'calculation'],
      ['start', 'start', '', ''],
      ['geopoint', 'where', 'Where?', ''],
      ['calculate', 'total', '', '1 + 1'],
      ['begin repeat', 'people', 'People', ''],
      ['text', 'person', 'Name?', ''],
      ['end repeat', '', '', ''],
    ]);
    expect(questions.map((q) => q.id)).toEqual(['person']);
    expect(report).toEqual([
      warning(2, 'type', '"start" (start) was not imported: Chorus records no device or session details.'),
      warning(3, 'type', '"where" was not imported: Chorus has no question of type "geopoint".'),
      warning(
        4,
        'calculation',
        'Chorus does not read the column "calculation"; it is filled on row 4 and was not imported.',
      ),
      warning(4, 'type', '"total" was not imported: Chorus has no question of type "calculate".'),
      warning(5, 'type', 'Repeat "people": Chorus asks each question once, so the questions in it are asked once.'),
      warning(5, 'label', /The label of repeat "people" is not shown/),
    ]);
  });
});

describe('columns', () => {
  test('required (yes, true, 1, TRUE()), hint, messages, and translations in label::Language (code) columns', () => {
    const { questions, report, form } = questionsOf([
      [
        'type',
        'name',
        'label::English (en)',
        'label::Cymraeg (cy)',
        'label::Welsh',
        'hint::English (en)',
        'hint::Cymraeg (cy)',
        'required',
        'required_message',
        'constraint_message::English (en)',
      ],
      ['text', 'a', 'A?', 'A? (cy)', '', 'Hint', 'Awgrym', 'yes', 'Answer A', 'Too long'],
      ['text', 'b', 'B?', '', 'B? (Welsh)', '', '', 'TRUE()', '', ''],
      ['text', 'c', 'C?', '', '', '', '', '1', '', ''],
      ['text', 'd', 'D?', '', '', '', '', 'true', '', ''],
      ['text', 'e', 'E?', '', '', '', '', 'no', '', ''],
      ['text', 'f', 'F?', '', '', '', '', "${a} = 'x'", '', ''],
    ]);
    expect(form?.defaultLanguage).toBe('en');
    expect(questions[0]).toEqual({
      id: 'a',
      type: 'text',
      maxLength: 500,
      required: true,
      label: { en: 'A?', cy: 'A? (cy)' },
      hint: { en: 'Hint', cy: 'Awgrym' },
      errors: { required: { en: 'Answer A' }, invalid: { en: 'Too long' } },
    });
    expect(questions[1]?.label).toEqual({ en: 'B?', cy: 'B? (Welsh)' });
    expect(questions.map((q) => q.required)).toEqual([true, true, true, true, false, false]);
    expect(report).toEqual([warning(7, 'required', /"\$\{a\} = 'x'" is not yes or no; .* "f" is optional/)]);
  });

  test('constraints map to limits where Chorus has them; the rest is reported clause by clause', () => {
    const { questions, report } = questionsOf(
      [
        ['type', 'name', 'label', 'constraint'],
        ['integer', 'age', 'Age?', '. >= 0 and . <= 120'],
        ['integer', 'kids', 'Children?', '. > 0 and . < 20'],
        ['decimal', 'miles', 'Miles?', '. > 0 and . <= 26.2'],
        ['text', 'name', 'Name?', 'string-length(.) <= 40'],
        ['text', 'essay', 'Essay?', 'string-length(.) <= 2000 and regex(., "^[a-z]+$")'],
        ['date', 'when', 'When?', ". >= date('2020-01-01') and . <= today()"],
        [
          'select_multiple yn',
          'pick',
          'Pick',
          "count-selected(.) >= 1 and count-selected(.) <= 1 and not(selected(., 'no') and count-selected(.) > 1)",
        ],
        ['integer', 'odd', 'Odd?', '. mod 2 = 1'],
      ],
      YES_NO,
    );
    expect(questions.map(({ id, label, required, type, ...rest }) => rest)).toEqual([
      { min: 0, max: 120, wholeNumber: true },
      { min: 1, max: 19, wholeNumber: true },
      { max: 26.2 },
      { maxLength: 40 },
      { maxLength: 2000 },
      { min: '2020-01-01' },
      {
        options: [
          { value: 'yes', label: { en: 'Yes' } },
          { value: 'no', label: { en: 'No' }, exclusive: true },
        ],
        minChoices: 1,
        maxChoices: 1,
      },
      { wholeNumber: true },
    ]);
    expect(report).toEqual([
      warning(
        4,
        'constraint',
        'Part of the constraint was not imported: ". > 0" (Chorus limits decimals only with <= and >=).',
      ),
      warning(
        6,
        'constraint',
        `Part of the constraint was not imported: "regex(., '^[a-z]+$')" (Chorus reads only comparisons joined by "and" here).`,
      ),
      warning(6, 'constraint', /"essay" allows 2000 characters, so it is asked with several lines/),
      warning(
        7,
        'constraint',
        `Part of the constraint was not imported: ". <= today()" (Chorus limits dates only to fixed dates like date('2020-01-31')).`,
      ),
      warning(9, 'constraint', 'The constraint ". mod 2 = 1" could not be read (unexpected "mod"); not imported.'),
    ]);
  });

  test('names become ids; appearances, parameters, columns and sheets Chorus does not read are reported', () => {
    const { questions, report } = importXlsForm({
      survey: [
        ['type', 'name', 'label', 'appearance', 'parameters', 'default', '$kuid'],
        ['text', 'First_Name', 'Name?', 'minimal', 'rows=3', 'Sam', 'abc'],
        ['select_one yn', 'ok', 'OK?', '', '', '', 'def'],
      ],
      choices: [
        ['list_name', 'name', 'label', 'filter'],
        ['yn', 'Yes_Please', 'Yes', 'x'],
        ['yn', 'no', 'No', ''],
        ['unused', 'a', 'A', ''],
      ],
      settings: SETTINGS,
      external_choices: [
        ['list_name', 'name'],
        ['x', 'y'],
      ],
    }) as { questions: never; report: ReportLine[] } & ReturnType<typeof importXlsForm>;
    void questions;
    expect(report).toEqual([
      {
        severity: 'warning',
        sheet: 'external_choices',
        message: 'The sheet "external_choices" is not read by Chorus; nothing in it was imported.',
      },
      warning(2, 'default', 'Chorus does not read the column "default"; it is filled on row 2 and was not imported.'),
      warning(2, '$kuid', 'Chorus does not read the column "$kuid"; it is filled on rows 2, 3 and was not imported.'),
      warning(2, 'name', '"First_Name" is stored as "first-name": Chorus ids are lower case with hyphens.'),
      warning(2, 'appearance', /Appearance "minimal" has no Chorus equivalent/),
      warning(2, 'parameters', 'Parameter "rows" means nothing to Chorus on a text question; not imported.'),
      {
        severity: 'warning',
        sheet: 'choices',
        row: 2,
        column: 'filter',
        message: 'Chorus does not read the column "filter"; it is filled on row 2 and was not imported.',
      },
      {
        severity: 'warning',
        sheet: 'choices',
        row: 2,
        column: 'name',
        message: 'Choice "Yes_Please" is stored as "yes-please": Chorus codes are lower case with hyphens.',
      },
      {
        severity: 'warning',
        sheet: 'choices',
        row: 4,
        column: 'list_name',
        message: 'No question uses the list "unused"; it was not imported.',
      },
    ]);
  });

  test('settings: id, title in each language, version, default language and Chorus’s own settings', () => {
    const { form, report } = importXlsForm({
      survey: [
        ['type', 'name', 'label::Cymraeg (cy)', 'label::English (en)'],
        ['text', 'a', 'A? (cy)', 'A?'],
      ],
      settings: [
        [
          'form_id',
          'form_title::Cymraeg (cy)',
          'form_title::English (en)',
          'version',
          'default_language',
          'description',
          'organisation',
          'estimated_minutes',
          'privacy_controller',
          'instance_name',
        ],
        ['Parks_2026', 'Parciau', 'Parks', '2', 'Cymraeg (cy)', 'Disgrifiad', 'Cyngor', '5', 'Y cyngor', 'x'],
      ],
    });
    expect(form).toEqual({
      id: 'parks-2026',
      version: 2,
      defaultLanguage: 'cy',
      title: { cy: 'Parciau', en: 'Parks' },
      description: { cy: 'Disgrifiad' },
      organisation: { cy: 'Cyngor' },
      estimatedMinutes: 5,
      privacy: { controller: { cy: 'Y cyngor' } },
      questions: [{ id: 'a', type: 'text', required: false, maxLength: 500, label: { cy: 'A? (cy)', en: 'A?' } }],
    });
    expect(report).toEqual([
      {
        severity: 'warning',
        sheet: 'settings',
        row: 2,
        column: 'instance_name',
        message: 'Chorus does not read the column "instance_name"; it is filled on row 2 and was not imported.',
      },
      {
        severity: 'warning',
        sheet: 'settings',
        row: 2,
        column: 'form_id',
        message: 'The form id "Parks_2026" is stored as "parks-2026": Chorus ids are lower case with hyphens.',
      },
    ]);
  });

  test('without settings the form has questions and a default language, and the report says what is missing', () => {
    const { form, report } = importXlsForm({
      survey: [
        ['type', 'name', 'label', 'label::Polski (pl)', 'label::Klingon'],
        ['text', 'a', 'A?', 'A? (pl)', 'x'],
      ],
    });
    expect(form).toEqual({
      defaultLanguage: 'en',
      questions: [expect.objectContaining({ label: { en: 'A?', pl: 'A? (pl)' } })],
    });
    expect(report.map((l) => `${l.sheet} ${l.column}: ${l.message}`)).toEqual([
      'settings default_language: The settings give no default_language; columns without a language (like "label") are read as English (en).',
      'settings form_id: The settings give no form_id; give the form an id before publishing.',
      'settings form_title: The settings give no form_title; give the form a title before publishing.',
      'settings version: The settings give no version; it is set when the form is published.',
      'survey label::Klingon: "label::Klingon": the language has no code; write it like "label::Cymraeg (cy)". This column was not read.',
    ]);
  });
});

describe('groups', () => {
  test('a field-list group is one screen; other groups are flattened; a group’s relevant applies to each question in it', () => {
    const { questions, report } = questionsOf(
      [
        ['type', 'name', 'label', 'appearance', 'relevant'],
        ['select_one yn', 'pets', 'Pets?', '', ''],
        ['begin group', 'about', '', 'field-list', "${pets} = 'yes'"],
        ['text', 'kind', 'Kind?', '', ''],
        ['begin group', 'inner', 'Inner', '', ''],
        ['text', 'name', 'Name?', '', "${kind} != ''"],
        ['end group', '', '', '', ''],
        ['end group', '', '', '', ''],
        ['begin_group', 'plain', '', '', ''],
        ['text', 'x', 'X?', '', ''],
        ['text', 'y', 'Y?', '', ''],
        ['end_group', '', '', '', ''],
        ['begin group', 'next', '', 'field-list', ''],
        ['text', 'z', 'Z?', '', ''],
        ['end group', '', '', '', ''],
      ],
      YES_NO,
    );
    const shape = questions.map(({ id, sameScreenAsPrevious, showIf }) => ({ id, sameScreenAsPrevious, showIf }));
    const petsYes = { equals: { question: 'pets', value: 'yes' } };
    expect(shape).toEqual([
      { id: 'pets' },
      { id: 'kind', showIf: petsYes },
      { id: 'name', sameScreenAsPrevious: true, showIf: { all: [petsYes, { answered: 'kind' }] } },
      { id: 'x' },
      { id: 'y' },
      { id: 'z' },
    ]);
    expect(report).toEqual([
      warning(5, 'label', /The label of group "inner" is not shown: Chorus has no headings for groups/),
    ]);
  });
});

describe('relevant', () => {
  const survey = (relevant: string, more: string[][] = []): Sheets => ({
    survey: [
      ['type', 'name', 'label', 'relevant'],
      ['select_one yn', 'pet', 'Pet?', ''],
      ['select_multiple yn', 'many', 'Many?', ''],
      ['integer', 'count', 'Count?', ''],
      ['acknowledge', 'ok', 'OK?', ''],
      ...more,
      ['text', 'q', 'Q?', relevant],
    ],
    choices: YES_NO,
    settings: SETTINGS,
  });
  const showIf = (relevant: string) => importXlsForm(survey(relevant)).form?.questions.at(-1)?.showIf;

  test.each([
    ["${pet} = 'yes'", { equals: { question: 'pet', value: 'yes' } }],
    ["'yes' = ${pet}", { equals: { question: 'pet', value: 'yes' } }],
    ["${pet} != 'no'", { not: { equals: { question: 'pet', value: 'no' } } }],
    ["selected(${pet}, 'yes')", { equals: { question: 'pet', value: 'yes' } }],
    ["selected(${many}, 'no')", { includes: { question: 'many', value: 'no' } }],
    ['${count} = 3', { equals: { question: 'count', value: 3 } }],
    ["${count} = '3'", { equals: { question: 'count', value: 3 } }],
    ["${ok} = 'OK'", { equals: { question: 'ok', value: true } }],
    ["${pet} != ''", { answered: 'pet' }],
    ["${pet} = ''", { not: { answered: 'pet' } }],
    ["not(selected(${many}, 'yes'))", { not: { includes: { question: 'many', value: 'yes' } } }],
    [
      "${pet} = 'yes' and ${count} = 1 or selected(${many}, 'no')",
      {
        any: [
          { all: [{ equals: { question: 'pet', value: 'yes' } }, { equals: { question: 'count', value: 1 } }] },
          { includes: { question: 'many', value: 'no' } },
        ],
      },
    ],
    [
      "${pet} = 'yes' and (${count} = 1 or ${count} = 2)",
      {
        all: [
          { equals: { question: 'pet', value: 'yes' } },
          { any: [{ equals: { question: 'count', value: 1 } }, { equals: { question: 'count', value: 2 } }] },
        ],
      },
    ],
    ["((${pet} = 'yes'))", { equals: { question: 'pet', value: 'yes' } }],
  ])('%s', (relevant, condition) => {
    expect(showIf(relevant)).toEqual(condition);
  });

  test.each([
    ['${count} > 2', 'Chorus conditions test only = and != ("${count} > 2")'],
    ["${many} = 'yes'", `"many" is select_multiple: use selected(\${many}, 'yes')`],
    ["${pet} = 'yes' +", '"+" is not part of the expressions Chorus reads'],
    ['count-selected(${many}) > 1', 'Chorus conditions test only = and != ("count-selected(${many}) > 1")'],
    ["${where} = 'x'", '"where" (row 6) was not imported, so nothing can depend on it'],
  ])('%s is reported and dropped: the question is shown to everyone', (relevant, reason) => {
    const { form, report } = importXlsForm(survey(relevant, [['geopoint', 'where', 'Where?', '']]));
    expect(form?.questions.at(-1)?.showIf).toBeUndefined();
    expect(report.filter((l) => l.column === 'relevant')).toEqual([
      warning(
        7,
        'relevant',
        `The relevant of "q" ("${relevant}") was not imported: ${reason}. It is shown to everyone until a condition is added in Chorus.`,
      ),
    ]);
  });
});
