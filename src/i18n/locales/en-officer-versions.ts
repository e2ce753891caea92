/**
 * English text of the officers' "What changed between versions" screen (src/app/officer/forms/
 * VersionChanges.tsx), loaded only inside the officer area (src/app/officer/officer-text.ts). The
 * summaries of the changes themselves come from src/core/form-diff.ts.
 */
export const enOfficerVersions = {
  versions: {
    title: 'What changed between versions',
    loading: 'Loading the published versions…',
    notFound: 'No consultation with the id “{{id}}” is published.',
    onlyOne: 'Only version {{version}} is published, so there is nothing to compare yet.',
    from: 'Compare version',
    to: 'With version',
    versionOption: 'Version {{version}}',
    sameVersion: 'Choose two different versions to compare.',
    noChanges: 'No changes: these two versions are the same.',
    count_one: '{{count}} change from version {{from}} to version {{to}}.',
    count_other: '{{count}} changes from version {{from}} to version {{to}}.',
    details: 'The consultation’s details',
    translations: 'Translations',
    question: 'Question “{{label}}” ({{id}})',
    back: 'Back to the officer area',
  },
};
