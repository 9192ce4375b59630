/**
 * The article's references, in APA style. Citations are not translated: they
 * stay exactly as published, in English, in every language.
 */
export interface Reference {
  /** Authors, ending with a full stop, e.g. "Bakshi, R." */
  authors: string;
  year: string;
  /** Article title (journal articles), with its closing punctuation. */
  title?: string;
  /** Journal, book or web page name (shown in italics). */
  source: string;
  /** Journal volume (italics), issue and pages, or a book's edition. */
  volume?: string;
  issue?: string;
  pages?: string;
  edition?: string;
  /** DOI (without https://doi.org/) */
  doi?: string;
  /** A plain web address, for sources without a DOI. */
  url?: string;
}

export const references: readonly Reference[] = [
  {
    authors: 'Feinstein, A., Magalhaes, S., Richard, J. F., Audet, B., & Moore, C.',
    year: '2014',
    title: 'The link between multiple sclerosis and depression.',
    source: 'Nature Reviews Neurology',
    volume: '10',
    issue: '9',
    pages: '507–517',
    doi: '10.1038/nrneurol.2014.139',
  },
  {
    authors: 'Bakshi, R.',
    year: '2003',
    title: 'Fatigue associated with multiple sclerosis: diagnosis, impact and management.',
    source: 'Multiple Sclerosis Journal',
    volume: '9',
    issue: '3',
    pages: '219–227',
    doi: '10.1191/1352458503ms889oa',
  },
  {
    authors: 'Chalah, M. A., & Ayache, S. S.',
    year: '2017',
    title: 'Cognitive fatigue in multiple sclerosis: Neuropsychological, behavioral and neurophysiological evidence.',
    source: 'Frontiers in Neurology',
    volume: '8',
    pages: '664',
    doi: '10.3389/fneur.2017.00664',
  },
  {
    authors: 'Rooney, S., Wood, L., Moffat, F., & Paul, L.',
    year: '2019',
    title:
      'Prevalence of fatigue and its association with clinical features in multiple sclerosis: A systematic review and meta-analysis.',
    source: 'Journal of Psychosomatic Research',
    volume: '126',
    pages: '109–117',
    doi: '10.1016/j.jpsychores.2019.109836',
  },
  {
    authors: 'Dobryakova, E., Genova, H. M., DeLuca, J., & Wylie, G. R.',
    year: '2013',
    title: 'The dopamine imbalance hypothesis of fatigue in multiple sclerosis and other neurological disorders.',
    source: 'Frontiers in Neurology',
    volume: '4',
    pages: '82',
    doi: '10.3389/fneur.2013.00082',
  },
  {
    authors:
      'Tartaglia, M. C., Narayanan, S., Francis, S. J., Santos, A. C., De Stefano, N., Lapierre, Y., & Arnold, D. L.',
    year: '2004',
    title: 'The relationship between diffuse axonal damage and fatigue in multiple sclerosis.',
    source: 'Archives of Neurology',
    volume: '61',
    issue: '2',
    pages: '201–207',
    doi: '10.1001/archneur.61.2.201',
  },
  {
    authors: 'McCabe, M. P.',
    year: '2005',
    title: 'Mood and self-esteem of persons with multiple sclerosis following an exacerbation.',
    source: 'Journal of Psychosomatic Research',
    volume: '59',
    issue: '3',
    pages: '161–166',
    doi: '10.1016/j.jpsychores.2005.01.005',
  },
  {
    authors: 'National Multiple Sclerosis Society.',
    year: '2023',
    source: 'Depression and MS',
    url: 'https://www.nationalmssociety.org/Symptoms-Diagnosis/MS-Symptoms/Depression',
  },
  {
    authors: 'Craig, A. D.',
    year: '2009',
    title: 'How do you feel—now? The anterior insula and human awareness.',
    source: 'Nature Reviews Neuroscience',
    volume: '10',
    issue: '1',
    pages: '59–70',
    doi: '10.1038/nrn2555',
  },
  {
    authors: 'American Psychiatric Association.',
    year: '2013',
    source: 'Diagnostic and statistical manual of mental disorders',
    edition: '5th ed.',
  },
];
