import type { Opportunity } from '../../core/opportunity.ts';
import { areaName, datesText, opportunityPath, pickText } from './opportunity-text.ts';

/** The opportunities as cards: title (a link to the details), service area and dates. */
export function OpportunityCards({
  opportunities,
  headingLevel,
}: {
  opportunities: Opportunity[];
  headingLevel: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul class="card-list">
      {opportunities.map((opportunity) => {
        const title = pickText(opportunity.title);
        return (
          <li key={opportunity.id} class="card opportunity-card">
            <Heading class="card__title" lang={title.lang}>
              <a href={opportunityPath(opportunity.id)}>{title.text}</a>
            </Heading>
            <p class="opportunity-card__meta">
              {areaName(opportunity.serviceArea)}
              <br />
              {datesText(opportunity)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
