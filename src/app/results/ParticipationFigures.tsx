import type { ReachGroup } from '../../core/reach-report.ts';
import type { ResultsParticipation } from '../../core/results-page.ts';
import { t, timeLocale } from '../../i18n/i18n.ts';

/** How many took part, by channel and by event; a suppressed group says so in words, never as a number. */
export function ParticipationFigures({ participation }: { participation: ResultsParticipation }) {
  const { total, byChannel, byEvent } = participation;
  const count = (group: ReachGroup) =>
    group.count === null ? t('results.hidden') : new Intl.NumberFormat(timeLocale()).format(group.count);
  return (
    <section class="results__figures" aria-labelledby="results-figures">
      <h2 id="results-figures">{t('results.figuresHeading')}</h2>
      <p class="results__total">{total === null ? t('results.totalHidden') : t('results.total', { value: total })}</p>
      {byChannel.length > 0 && (
        <>
          <h3>{t('results.byChannel')}</h3>
          <ul class="results__groups">
            {byChannel.map((group) => (
              <li key={group.key}>
                {t(`results.channel.${group.key}`, { defaultValue: group.key })}: {count(group)}
              </li>
            ))}
          </ul>
        </>
      )}
      {byEvent.length > 0 && (
        <>
          <h3>{t('results.byEvent')}</h3>
          <ul class="results__groups">
            {byEvent.map((group) => (
              <li key={group.key}>
                {group.key === '' ? t('results.noEvent') : group.key}: {count(group)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
