import { type Opportunity, parseOpportunityFields, todayOf } from '../../src/core/opportunity.ts';
import type { Store } from '../store/store.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The two demo opportunities, open from today for four months so the demo always has some to show. */
export function demoOpportunities(now: Date): Opportunity[] {
  const startsOn = todayOf(now);
  const endsOn = todayOf(new Date(now.getTime() + 120 * DAY_MS));
  const updatedAt = now.toISOString();
  return [
    {
      id: 'library-co-design',
      status: 'published',
      updatedAt,
      title: { en: 'Help redesign Newbury library', cy: 'Helpwch i ailgynllunio llyfrgell Casnewydd' },
      serviceArea: 'libraries',
      summary: {
        en: 'Join a small group of residents and library staff to plan how the ground floor of Newbury library is used.',
      },
      canInfluence: {
        en: 'The layout of the ground floor, the opening hours of the quiet study room, and which community groups can book the meeting space.',
      },
      alreadyDecided: {
        en: 'The library stays in its building and the budget for the work is already set. Staffing levels are out of scope.',
      },
      responsible: { kind: 'council' },
      howToTakePart: {
        en: 'Come to three evening sessions at the library. Travel costs and childcare are paid. You do not need to prepare anything.',
      },
      startsOn,
      endsOn,
      sessionTimes: { en: 'Tuesday evenings, 6pm to 8pm' },
      accessibility: {
        en: 'Step-free access and a hearing loop. British Sign Language and community language interpreters on request. Large print and Easy Read papers.',
      },
      contact: { name: 'Community engagement team', email: 'engage@council.example', phone: '01635 000000' },
    },
    {
      id: 'neighbourhood-plan-forum',
      status: 'published',
      updatedAt,
      title: { en: 'Thatcham neighbourhood plan forum' },
      serviceArea: 'planning',
      summary: {
        en: 'A forum of residents who help write the neighbourhood plan: where new homes, green spaces and shops could go.',
      },
      canInfluence: {
        en: 'Which sites the plan suggests for homes and green space, and the design rules for new buildings.',
      },
      alreadyDecided: {
        en: 'The number of new homes comes from the local plan and cannot be changed by the forum.',
      },
      responsible: { kind: 'town-parish', name: 'Thatcham Town Council' },
      howToTakePart: {
        en: 'Join the forum meetings, or walk around the sites with a planner. You can come to one meeting or all of them.',
      },
      startsOn,
      endsOn,
      sessionTimes: { en: 'First Saturday of each month, 10am to 12 noon' },
      accessibility: {
        en: 'The town hall has step-free access and an accessible toilet. Site walks have a shorter route for wheelchair users.',
      },
      contact: { name: 'Thatcham Town Council clerk', email: 'clerk@thatcham.example' },
    },
  ];
}

/** Stores the demo opportunities, but only on an endpoint that has none, so an officer's own are never touched. */
export async function seedDemoOpportunities(store: Store, now: Date): Promise<void> {
  if ((await store.opportunities.listOpportunities()).length > 0) return;
  for (const opportunity of demoOpportunities(now)) {
    const checked = parseOpportunityFields(opportunity);
    if (!checked.ok) {
      throw new Error(
        `The demo opportunity "${opportunity.id}" is invalid: ${checked.problems.map((p) => p.message).join('; ')}`,
      );
    }
    await store.opportunities.saveOpportunity(opportunity);
  }
}
