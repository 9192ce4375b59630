/**
 * Emergency numbers by country (ISO 3166 alpha-2), copied from the project's
 * helplines.md: the part of the crisis data every widget with crisis help
 * shows on its first paint, so a real number is there at once (issue 18).
 * The national crisis lines (names, numbers, hours, checked dates) are in
 * helplines.ts, which is loaded right after the first paint.
 *
 * `emergency`: the main number first. `medical`: a separate number for
 * medical emergencies (ambulance), where there is one; where the source gives
 * a police number and an ambulance number, the police (general) number is
 * `emergency`. `lines`: how many crisis lines helplines.ts has for the
 * country (0 where none could be verified), so the first paint keeps their
 * room; a test checks it against helplines.ts.
 */
export interface EmergencyNumbers {
  /** Emergency numbers, the main one first. */
  emergency: string[];
  /** A separate number for medical emergencies (ambulance), where there is one. */
  medical?: string;
  /** How many crisis lines helplines.ts has for the country. */
  lines: number;
}

export const EMERGENCY_NUMBERS: Readonly<Record<string, EmergencyNumbers>> = {
  US: {emergency: ['911'], lines: 1},
  CA: {emergency: ['911'], lines: 1},
  GB: {emergency: ['999'], lines: 1},
  IE: {emergency: ['112', '999'], lines: 1},
  AU: {emergency: ['000'], lines: 1},
  DE: {emergency: ['112'], lines: 1},
  FR: {emergency: ['112'], medical: '15', lines: 1},
  ES: {emergency: ['112'], lines: 1},
  NL: {emergency: ['112'], lines: 1},
  IT: {emergency: ['112'], lines: 1},
  BE: {emergency: ['112'], lines: 2},
  CH: {emergency: ['112'], medical: '144', lines: 1},
  AT: {emergency: ['112'], medical: '144', lines: 1},
  LU: {emergency: ['112'], lines: 1},
  MC: {emergency: ['112'], lines: 0},
  NZ: {emergency: ['111'], lines: 1},
  PT: {emergency: ['112'], lines: 1},
  FI: {emergency: ['112'], lines: 1},
  NO: {emergency: ['112'], medical: '113', lines: 2},
  SE: {emergency: ['112'], lines: 1},
  DK: {emergency: ['112'], lines: 0},
  PL: {emergency: ['112'], lines: 1},
  MX: {emergency: ['911'], lines: 1},
  CL: {emergency: ['133'], medical: '131', lines: 1},
  AR: {emergency: ['911'], medical: '107', lines: 1},
  CO: {emergency: ['123'], lines: 0},
  LB: {emergency: ['112'], medical: '140', lines: 1},
  AE: {emergency: ['999'], medical: '998', lines: 1},
  QA: {emergency: ['999'], lines: 1},
  EG: {emergency: ['122'], medical: '123', lines: 0},
  SA: {emergency: ['911'], medical: '997', lines: 0},
  JO: {emergency: ['911'], lines: 0},
  MA: {emergency: ['19', '112'], medical: '15', lines: 0},
  TN: {emergency: ['197'], medical: '190', lines: 0},
  KW: {emergency: ['112'], lines: 0},
};
