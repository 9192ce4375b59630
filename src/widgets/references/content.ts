/**
 * The article's references, in APA style. Citations are not translated: they
 * stay exactly as published, in English, in every language.
 *
 * Each is `[citation, link?]`: the citation as printed, with the journal,
 * book or page name between `*` (shown in italics, as a `<cite>`) and a
 * journal's volume between a second pair of `*` (in italics); the link is the
 * DOI as an https://doi.org/ address, or the page's web address, if it has
 * one. Written out like this, not as fields to put together, the list and the
 * code that shows it are smaller (issue 18: all of it is on the first paint).
 */
export type Reference = readonly [citation: string, link?: string];

export const references: readonly Reference[] = [
  [
    'Feinstein, A., Magalhaes, S., Richard, J. F., Audet, B., & Moore, C. (2014). The link between multiple sclerosis and depression. *Nature Reviews Neurology*, *10*(9), 507–517.',
    'https://doi.org/10.1038/nrneurol.2014.139',
  ],
  [
    'Bakshi, R. (2003). Fatigue associated with multiple sclerosis: diagnosis, impact and management. *Multiple Sclerosis Journal*, *9*(3), 219–227.',
    'https://doi.org/10.1191/1352458503ms889oa',
  ],
  [
    'Chalah, M. A., & Ayache, S. S. (2017). Cognitive fatigue in multiple sclerosis: Neuropsychological, behavioral and neurophysiological evidence. *Frontiers in Neurology*, *8*, 664.',
    'https://doi.org/10.3389/fneur.2017.00664',
  ],
  [
    'Rooney, S., Wood, L., Moffat, F., & Paul, L. (2019). Prevalence of fatigue and its association with clinical features in multiple sclerosis: A systematic review and meta-analysis. *Journal of Psychosomatic Research*, *126*, 109–117.',
    'https://doi.org/10.1016/j.jpsychores.2019.109836',
  ],
  [
    'Dobryakova, E., Genova, H. M., DeLuca, J., & Wylie, G. R. (2013). The dopamine imbalance hypothesis of fatigue in multiple sclerosis and other neurological disorders. *Frontiers in Neurology*, *4*, 82.',
    'https://doi.org/10.3389/fneur.2013.00082',
  ],
  [
    'Tartaglia, M. C., Narayanan, S., Francis, S. J., Santos, A. C., De Stefano, N., Lapierre, Y., & Arnold, D. L. (2004). The relationship between diffuse axonal damage and fatigue in multiple sclerosis. *Archives of Neurology*, *61*(2), 201–207.',
    'https://doi.org/10.1001/archneur.61.2.201',
  ],
  [
    'McCabe, M. P. (2005). Mood and self-esteem of persons with multiple sclerosis following an exacerbation. *Journal of Psychosomatic Research*, *59*(3), 161–166.',
    'https://doi.org/10.1016/j.jpsychores.2005.01.005',
  ],
  [
    'National Multiple Sclerosis Society. (2023). *Depression and MS*.',
    'https://www.nationalmssociety.org/Symptoms-Diagnosis/MS-Symptoms/Depression',
  ],
  [
    'Craig, A. D. (2009). How do you feel—now? The anterior insula and human awareness. *Nature Reviews Neuroscience*, *10*(1), 59–70.',
    'https://doi.org/10.1038/nrn2555',
  ],
  [
    'American Psychiatric Association. (2013). *Diagnostic and statistical manual of mental disorders* (5th ed.).',
  ],
];
