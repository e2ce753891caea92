import { t } from '../../../i18n/i18n.ts';
import { PRINCIPLES, type Reflection } from './reflection.ts';

/**
 * Reflections as headed sections of plain text (no tables, no scripts), so they read well on screen, in
 * print and pasted from the consultation report's downloaded page.
 */
export function ReflectionList({
  reflections,
  headingLevel,
  formatTime,
  showEvent = false,
}: {
  reflections: Reflection[];
  headingLevel: 2 | 3;
  formatTime: (iso: string) => string;
  showEvent?: boolean;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <>
      {reflections.map((r) => {
        const principles = PRINCIPLES.filter((p) => r.fields.principles[p]);
        return (
          <section class="reflection" key={r.id}>
            <Heading>
              {showEvent ? `${r.event}: ` : ''}
              {t('reflections.writtenBy', { name: r.authorName, time: formatTime(r.writtenAt) })}
            </Heading>
            <dl class="reflection__answers">
              {(['whoCame', 'whoDidNotCome', 'whatWorked', 'whatToChange'] as const)
                .filter((name) => r.fields[name])
                .map((name) => (
                  <div key={name}>
                    <dt>{t(`reflections.${name}`).replace(' (optional)', '')}</dt>
                    <dd>{r.fields[name]}</dd>
                  </div>
                ))}
            </dl>
            {principles.length > 0 && (
              <>
                <Sub>{t('reflections.principlesMade')}</Sub>
                <dl class="reflection__answers">
                  {principles.map((p) => (
                    <div key={p}>
                      <dt>{t(`reflections.principle_${p}`)}</dt>
                      <dd>{r.fields.principles[p]}</dd>
                    </div>
                  ))}
                </dl>
              </>
            )}
          </section>
        );
      })}
    </>
  );
}
