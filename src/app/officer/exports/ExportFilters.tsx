import { CHANNELS } from '../../../core/response.ts';
import { textLanguages } from '../../../core/text.ts';
import { t, timeLocale } from '../../../i18n/i18n.ts';
import { NO_PARTNER, usePartners } from '../../reach/PartnerFilter.tsx';
import { SelectField, TextField } from '../fields.tsx';
import type { PublishedForm } from '../published-forms.ts';
import type { ExportChoices } from './export-query.ts';

const CHANNEL_LABELS: Record<string, () => string> = {
  kiosk: () => t('reach.channelKiosk'),
  assisted: () => t('reach.channelAssisted'),
  paper: () => t('reach.channelPaper'),
  self: () => t('reach.channelSelf'),
};

type Filter = 'version' | 'from' | 'to' | 'event' | 'channel' | 'language' | 'partner' | 'assisted';

/**
 * Which of a consultation's responses to export (server/exports/export-request.ts): its version, the days
 * submitted, the event (suggesting the events its responses name), the channel and the language. Blank is
 * "every".
 */
export function ExportFilters({
  form,
  choices,
  events,
  onChoice,
  fieldError,
}: {
  form: PublishedForm | undefined;
  choices: ExportChoices;
  events: string[];
  onChoice: (name: Filter, value: string) => void;
  fieldError: (id: string) => string | undefined;
}) {
  const languageNames = new Intl.DisplayNames([timeLocale()], { type: 'language', fallback: 'code' });
  const languages = form ? [...new Set(form.versions.flatMap((v) => textLanguages(v.title)))] : [];
  const partners = usePartners();
  return (
    <fieldset class="filters">
      <legend class="field-label field-label--large">{t('officer.exports.filters')}</legend>
      <p class="hint">{t('officer.exports.filtersHint')}</p>
      <SelectField
        id="export-version"
        label={t('officer.exports.version')}
        options={[
          { value: '', label: t('officer.exports.allVersions') },
          ...(form?.versions ?? []).map((v) => ({
            value: String(v.version),
            label: t('officer.exports.versionOption', { version: v.version }),
          })),
        ]}
        value={choices.version}
        onValue={(value) => onChoice('version', value)}
        error={fieldError('export-version')}
      />
      <div class="date-range">
        <TextField
          id="export-from"
          label={t('officer.exports.from')}
          hint={t('officer.exports.dateHint')}
          type="date"
          value={choices.from}
          onValue={(value) => onChoice('from', value)}
          error={fieldError('export-from')}
        />
        <TextField
          id="export-to"
          label={t('officer.exports.to')}
          hint={t('officer.exports.dateHint')}
          type="date"
          value={choices.to}
          onValue={(value) => onChoice('to', value)}
          error={fieldError('export-to')}
        />
      </div>
      <TextField
        id="export-event"
        label={t('officer.exports.event')}
        hint={t('officer.exports.eventHint')}
        list={events.length ? 'export-event-names' : undefined}
        autoComplete="off"
        value={choices.event}
        onValue={(value) => onChoice('event', value)}
        error={fieldError('export-event')}
      />
      {events.length > 0 && (
        <datalist id="export-event-names">
          {events.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      )}
      <SelectField
        id="export-channel"
        label={t('officer.exports.channel')}
        options={[
          { value: '', label: t('officer.exports.anyChannel') },
          ...CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c]?.() ?? c })),
        ]}
        value={choices.channel}
        onValue={(value) => onChoice('channel', value)}
        error={fieldError('export-channel')}
      />
      <SelectField
        id="export-language"
        label={t('officer.exports.language')}
        options={[
          { value: '', label: t('officer.exports.anyLanguage') },
          ...languages.map((tag) => ({ value: tag, label: `${languageNames.of(tag) ?? tag} (${tag})` })),
        ]}
        value={choices.language}
        onValue={(value) => onChoice('language', value)}
        error={fieldError('export-language')}
      />
      <SelectField
        id="export-partner"
        label={t('channels.partnerFilter')}
        options={[
          { value: '', label: t('channels.allPartners') },
          { value: NO_PARTNER, label: t('channels.councilOnly') },
          ...partners.map((name) => ({ value: name, label: name })),
        ]}
        value={choices.partner}
        onValue={(value) => onChoice('partner', value)}
        error={fieldError('export-partner')}
      />
      <SelectField
        id="export-assisted"
        label={t('channels.assistedFilter')}
        options={[
          { value: '', label: t('channels.allSessions') },
          { value: 'staff', label: t('channels.assistedByStaff') },
          { value: 'interpreter', label: t('channels.assistedByInterpreter') },
        ]}
        value={choices.assisted}
        onValue={(value) => onChoice('assisted', value)}
        error={fieldError('export-assisted')}
      />
    </fieldset>
  );
}
