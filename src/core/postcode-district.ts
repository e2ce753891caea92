/**
 * A UK postcode district: the outward half of a postcode ("RG14", "W1A", "EC1A", "M1"). Chorus asks for the
 * district only, never the full postcode, because the district is enough to see which areas were heard and
 * far less identifying (inclusion guide, item 19).
 *
 * Answers are stored in capitals with no spaces: the page tidies what was typed before saving, so the
 * endpoint can refuse anything else instead of guessing.
 */
export const POSTCODE_DISTRICT = /^[A-Z]{1,2}[0-9][A-Z0-9]?$/;

export function isPostcodeDistrict(text: string): boolean {
  return POSTCODE_DISTRICT.test(text);
}

/** What the page saves from what was typed: " rg14 " → "RG14". Checking it is still checkAnswer's job. */
export function tidyPostcodeDistrict(typed: string): string {
  return typed.trim().toUpperCase();
}
