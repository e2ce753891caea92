/** "31 January 2027" in the screen's locale; the date is a calendar day, so no time zone may shift it. */
export function closingDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  // Not a date (a draft half typed): shown as written rather than breaking the page.
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}
