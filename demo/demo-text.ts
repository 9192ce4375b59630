/**
 * The demo page's own words in each language it offers (the widgets bring
 * their own). Keys match `data-text` attributes in index.html. The charity's
 * name stays English and is isolated in the markup, so punctuation around it
 * stays in place in right-to-left text.
 */
export interface DemoText {
  title: string;
  lede: string;
  understand: string;
  help: string;
  now: string;
  footer: string;
  settings: string;
  language: string;
  theme: string;
  light: string;
  dark: string;
  auto: string;
}

export const DEMO_TEXT: Record<string, DemoText> = {
  en: {
    title: 'How to handle the emotional numbness of MS depression',
    lede: 'Depression in MS does not always feel like sadness. For many people it feels like nothing at all. This page explains why, and what can help.',
    understand: 'Understanding numbness',
    help: 'What can help',
    now: 'Help now, and where this comes from',
    footer: 'is a made-up charity for this demo. The widgets send nothing anywhere.',
    settings: 'Page settings',
    language: 'Language',
    theme: 'Theme',
    light: 'Light',
    dark: 'Dark',
    auto: 'Follow my device',
  },
  fr: {
    title: 'Faire face à l’anesthésie émotionnelle de la dépression dans la SEP',
    lede: 'Dans la SEP, la dépression ne ressemble pas toujours à de la tristesse. Beaucoup de personnes ne ressentent plus rien. Cette page explique pourquoi, et ce qui peut aider.',
    understand: 'Comprendre l’anesthésie émotionnelle',
    help: 'Ce qui peut aider',
    now: 'De l’aide tout de suite, et nos sources',
    footer: 'est une association inventée pour cette démo. Les widgets n’envoient rien nulle part.',
    settings: 'Réglages de la page',
    language: 'Langue',
    theme: 'Thème',
    light: 'Clair',
    dark: 'Sombre',
    auto: 'Comme mon appareil',
  },
  de: {
    title: 'Emotionale Taubheit bei einer MS-Depression: was hilft',
    lede: 'Eine Depression bei MS fühlt sich nicht immer wie Traurigkeit an. Viele Menschen fühlen einfach gar nichts. Diese Seite erklärt, warum das so ist und was helfen kann.',
    understand: 'Taubheit verstehen',
    help: 'Was helfen kann',
    now: 'Hilfe sofort, und unsere Quellen',
    footer: 'ist ein erfundener Verein für diese Demo. Die Widgets senden nichts, nirgendwohin.',
    settings: 'Seiteneinstellungen',
    language: 'Sprache',
    theme: 'Farbschema',
    light: 'Hell',
    dark: 'Dunkel',
    auto: 'Wie mein Gerät',
  },
  es: {
    title: 'Cómo afrontar el entumecimiento emocional de la depresión en la EM',
    lede: 'En la EM, la depresión no siempre se siente como tristeza. Muchas personas no sienten nada. Esta página explica por qué y qué puede ayudar.',
    understand: 'Entender el entumecimiento',
    help: 'Qué puede ayudar',
    now: 'Ayuda ahora, y nuestras fuentes',
    footer: 'es una organización inventada para esta demo. Los widgets no envían nada a ningún sitio.',
    settings: 'Ajustes de la página',
    language: 'Idioma',
    theme: 'Tema',
    light: 'Claro',
    dark: 'Oscuro',
    auto: 'Como mi dispositivo',
  },
  it: {
    title: 'Come affrontare l’intorpidimento emotivo della depressione nella SM',
    lede: 'Nella SM la depressione non sempre sembra tristezza. Molte persone non sentono più niente. Questa pagina spiega perché, e che cosa può aiutare.',
    understand: 'Capire l’intorpidimento',
    help: 'Che cosa può aiutare',
    now: 'Aiuto subito, e le nostre fonti',
    footer: 'è un’associazione inventata per questa demo. I widget non inviano niente a nessuno.',
    settings: 'Impostazioni della pagina',
    language: 'Lingua',
    theme: 'Tema',
    light: 'Chiaro',
    dark: 'Scuro',
    auto: 'Come il mio dispositivo',
  },
  nl: {
    title: 'Omgaan met emotionele verdoving bij depressie door MS',
    lede: 'Depressie bij MS voelt niet altijd als verdriet. Veel mensen voelen helemaal niets. Deze pagina legt uit waarom, en wat kan helpen.',
    understand: 'Emotionele verdoving begrijpen',
    help: 'Wat kan helpen',
    now: 'Nu hulp, en onze bronnen',
    footer: 'is een verzonnen organisatie voor deze demo. De widgets sturen nergens iets naartoe.',
    settings: 'Pagina-instellingen',
    language: 'Taal',
    theme: 'Thema',
    light: 'Licht',
    dark: 'Donker',
    auto: 'Zoals mijn apparaat',
  },
  ar: {
    title: 'كيف تتعامل مع الخدر العاطفي في اكتئاب التصلب المتعدد',
    lede: 'الاكتئاب في التصلب المتعدد لا يشبه الحزن دائمًا. كثير من الناس لا يشعرون بشيء على الإطلاق. تشرح هذه الصفحة السبب، وما الذي يمكن أن يساعد.',
    understand: 'فهم الخدر العاطفي',
    help: 'ما الذي يمكن أن يساعد',
    now: 'مساعدة الآن، ومصادرنا',
    footer: 'جمعية خيالية لهذا العرض. لا ترسل الأدوات أي شيء إلى أي مكان.',
    settings: 'إعدادات الصفحة',
    language: 'اللغة',
    theme: 'المظهر',
    light: 'فاتح',
    dark: 'داكن',
    auto: 'مثل جهازي',
  },
};

/** The page's words for a language tag (`fr-CA` uses French, an unknown language English). */
export function demoText(tag: string): {lang: string; text: DemoText} {
  const base = tag.toLowerCase().split('-')[0] ?? 'en';
  return base in DEMO_TEXT ? {lang: base, text: DEMO_TEXT[base]!} : {lang: 'en', text: DEMO_TEXT.en!};
}
