/**
 * Test data: the stores ms-mood-color and ms-warning-signs write with
 * `persist` (12 grey days with a secret word, blue, yellow, and one day and one
 * sign before the default period), shared by the sheet's "since" tests and the
 * composition test of the sheet with the mood diary.
 */
export function seedDiaries(): void {
  const mood: Record<string, {c?: string; w?: string}> = {};
  for (let d = 1; d <= 12; d++) mood[`2026-05-${String(d).padStart(2, '0')}`] = {c: 'grey', w: 'secret word'};
  mood['2026-05-20'] = {c: 'blue'};
  mood['2026-05-21'] = {c: 'blue'};
  mood['2026-05-22'] = {c: 'yellow'};
  mood['2026-04-10'] = {c: 'red'}; // before the default period
  localStorage.setItem('ms-widgets:mood-color', JSON.stringify({v: 1, data: mood}));
  localStorage.setItem(
    'ms-widgets:warning-signs-history',
    JSON.stringify({v: 1, data: {list: 'article', days: {'2026-04-12': ['hobbies'], '2026-05-03': ['crying'], '2026-05-09': ['crying', 'withdrawal']}}})
  );
}
