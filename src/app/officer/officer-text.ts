import i18next from 'i18next';
import { enOfficer } from '../../i18n/locales/en-officer.ts';
import { enOfficerBuilder } from '../../i18n/locales/en-officer-builder.ts';
import { enOfficerImages } from '../../i18n/locales/en-officer-images.ts';
import { enOfficerOpportunities } from '../../i18n/locales/en-officer-opportunities.ts';
import { enOfficerPaper } from '../../i18n/locales/en-officer-paper.ts';
import { enOfficerReflections } from '../../i18n/locales/en-officer-reflections.ts';
import { enOfficerResults } from '../../i18n/locales/en-officer-results.ts';
import { enOfficerTools } from '../../i18n/locales/en-officer-tools.ts';
import { enOfficerVersions } from '../../i18n/locales/en-officer-versions.ts';

// The officer screens' text joins i18next's resources when the officer area loads, not with the app, so a
// resident's first visit does not download it (about 5.5 KiB gzip with the import and reach text). Imported first by OfficerArea.tsx.
i18next.addResourceBundle(
  'en',
  'translation',
  {
    officer: enOfficer,
    ...enOfficerTools,
    ...enOfficerVersions,
    ...enOfficerImages,
    officerOpportunities: enOfficerOpportunities,
    paperReturns: enOfficerPaper,
    ...enOfficerReflections,
    officerResults: enOfficerResults,
    ...enOfficerBuilder,
  },
  true,
  true,
);
