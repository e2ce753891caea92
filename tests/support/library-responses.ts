import type { SubmittedResponse } from '../../src/core/response.ts';

/**
 * 33 responses to the demo library consultation (version 2): ethnic group White 20, Asian 6, Black 2, and 5
 * who skipped it; sex Female 18, Male 15. For reach and report tests; sendByApi sets the device.
 */
export function libraryResponses(event?: string): SubmittedResponse[] {
  const groups = [
    ...Array(20).fill('white'),
    ...Array(6).fill('asian'),
    ...Array(2).fill('black'),
    ...Array(5).fill(''),
  ];
  return groups.map((group: string, i) => ({
    id: crypto.randomUUID(),
    formId: 'library-hubs',
    formVersion: 2,
    deviceId: 'library-tablet',
    channel: 'kiosk',
    language: 'en',
    ...(event && { event }),
    submittedAt: new Date(Date.UTC(2026, 10, 30, 10, 0, i)).toISOString(),
    answers: {
      uses: ['books'],
      visit: 'weekly',
      'equality-sex': i < 18 ? 'female' : 'male',
      ...(group && { 'equality-ethnic-group': group }),
    },
  }));
}
