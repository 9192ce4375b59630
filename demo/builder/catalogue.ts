/**
 * What an editor reads in the builder: each widget's readable name and
 * one-line description (grouped as in the README), and for each attribute a
 * plain-language label, hint and the extra facts a control needs (ranges,
 * names of the choices, which links are allowed). Which attributes exist and
 * their types come from custom-elements.json (see fields.ts); a test checks
 * that every attribute in the manifest has an entry here.
 */

export interface WidgetInfo {
  name: string;
  description: string;
}

export interface WidgetGroup {
  label: string;
  tags: string[];
}

/** The README's groups, in its order. */
export const WIDGET_GROUPS: WidgetGroup[] = [
  {
    label: 'The four the charity named first',
    tags: ['ms-numbness-comparison', 'ms-breathing-pacer', 'ms-warning-signs', 'ms-medication-table'],
  },
  {label: 'Safety', tags: ['ms-crisis-help']},
  {
    label: "The article's explaining parts",
    tags: ['ms-feels-like', 'ms-why-numbness', 'ms-quotes', 'ms-key-points', 'ms-affirmation', 'ms-references', 'ms-support-link'],
  },
  {
    label: "The article's coping tools",
    tags: ['ms-coping-steps', 'ms-idea-deck', 'ms-journal-prompts', 'ms-mood-color', 'ms-appointment-prep'],
  },
];

export const WIDGETS: Record<string, WidgetInfo> = {
  'ms-numbness-comparison': {
    name: 'Numbness or sadness? (table)',
    description: 'A table that shows how emotional numbness differs from sadness.',
  },
  'ms-breathing-pacer': {
    name: 'Breathing pacer',
    description: 'Guides slow breathing in and out. It starts only when the reader presses Start.',
  },
  'ms-warning-signs': {
    name: 'Warning signs checklist',
    description: 'A private checklist of warning signs, with next steps and crisis help.',
  },
  'ms-medication-table': {
    name: 'Medicines and mood (table)',
    description: 'Medicines that can affect mood, with the note never to stop a medicine on your own.',
  },
  'ms-crisis-help': {
    name: 'Crisis help',
    description: "The emergency number and a crisis line for the reader's country, as call and text links.",
  },
  'ms-feels-like': {
    name: 'What numbness feels like',
    description: 'Five ways people describe emotional numbness, and a reassurance.',
  },
  'ms-why-numbness': {
    name: 'Why MS can cause numbness',
    description: 'The four causes, with a drawing of the brain areas and the brain chemicals involved.',
  },
  'ms-quotes': {
    name: 'Quotes from people with MS',
    description: 'Short quotes, all at once or one at a time. They never move on by themselves.',
  },
  'ms-key-points': {name: 'Key points', description: "The article's five key points as a short list."},
  'ms-affirmation': {
    name: 'Affirmation',
    description: "Three calm, large lines: you're not alone, you're not broken, you can feel again.",
  },
  'ms-references': {name: 'References', description: "The article's sources, with links."},
  'ms-support-link': {
    name: 'Support link',
    description: 'A "Want online therapy?" box with a link to the service you choose.',
  },
  'ms-coping-steps': {
    name: 'Coping steps',
    description: 'The eight coping steps, one at a time or all together, with "I tried this" ticks.',
  },
  'ms-idea-deck': {
    name: 'Ideas to try',
    description: 'Small ideas for one topic (senses, pleasures, movement, calm, people), one at a time.',
  },
  'ms-journal-prompts': {
    name: 'Journal prompts',
    description: 'Gentle writing prompts, with an optional private writing box.',
  },
  'ms-mood-color': {
    name: 'Mood colour',
    description: "Pick a colour for today's mood, with an optional private mood diary.",
  },
  'ms-appointment-prep': {
    name: 'Appointment preparation',
    description: 'A private, printable sheet to prepare for a visit to a neurologist or therapist.',
  },
};

/** Which control a setting needs beyond what its manifest type says. */
export type SettingKind = 'text' | 'url' | 'phone' | 'country' | 'level' | 'number';

export interface SettingText {
  label: string;
  hint?: string;
  kind?: SettingKind;
  /** Names of the choices of an enum (the values come from the manifest). */
  options?: Record<string, string>;
  /** What "not set" means, shown as the first choice of a select (default: the default choice's name). */
  unset?: string;
  /** The value the widget uses when the attribute is not set, where the manifest does not say. */
  default?: string;
  min?: number;
  max?: number;
  step?: number;
  /** Link schemes the widget accepts (for `url`). */
  schemes?: string[];
  /** Set when the widget needs this setting: the message shown while it is empty. */
  required?: string;
  placeholder?: string;
}

const savedHint = 'Off: nothing is saved. On: kept only in this browser on the reader’s device, never sent anywhere, until the reader clears it.';

/** Attributes every widget or many widgets share. */
export const SETTINGS: Record<string, SettingText> = {
  heading: {label: 'Title', hint: 'Your own title. Leave it empty to keep the widget’s title, which is translated.'},
  'heading-level': {
    label: 'Title level',
    kind: 'level',
    hint: 'Fit the page outline: under a Heading 2, choose Heading 3.',
    unset: 'Heading 2 (default)',
  },
  persist: {label: 'Remember on the reader’s device', hint: savedHint},
  country: {
    label: 'Country of your readers',
    kind: 'country',
    hint: 'Sets the emergency number and crisis line. For countries without a built-in line, the widget says to call the local emergency number.',
    unset: 'From the page language (for example en-GB)',
  },
  theme: {label: 'Theme', options: {light: 'Light page', dark: 'Dark page', auto: 'Follow the reader’s device'}},
  lang: {label: 'Language'},
  dir: {label: 'Text direction'},
};

/** Attributes of one widget (or a widget's own wording of a shared one). */
export const WIDGET_SETTINGS: Record<string, Record<string, Partial<SettingText>>> = {
  'ms-breathing-pacer': {
    preset: {
      label: 'Breathing pattern',
      default: 'calm',
      hint: 'Seconds to breathe in, hold, breathe out and hold. The fields below change one part of it.',
      options: {
        calm: 'Calm: in 4, out 6 seconds',
        box: 'Box: in 4, hold 4, out 4, hold 4',
        '4-7-8': '4-7-8: in 4, hold 7, out 8',
        resonance: 'Resonance: in 5.5, out 5.5',
      },
    },
    inhale: {label: 'Seconds to breathe in', kind: 'number', min: 1, max: 20, step: 0.5, hint: 'Leave empty to use the pattern.'},
    'hold-in': {label: 'Seconds to hold after breathing in', kind: 'number', min: 0, max: 20, step: 0.5, hint: 'Leave empty to use the pattern.'},
    exhale: {label: 'Seconds to breathe out', kind: 'number', min: 1, max: 20, step: 0.5, hint: 'Leave empty to use the pattern.'},
    'hold-out': {label: 'Seconds to hold after breathing out', kind: 'number', min: 0, max: 20, step: 0.5, hint: 'Leave empty to use the pattern.'},
    minutes: {label: 'Length of a session in minutes', kind: 'number', min: 0, max: 60, step: 1, hint: 'Empty means 3 minutes. 0 means until the reader stops.'},
    breaths: {label: 'Length of a session in breaths', kind: 'number', min: 1, max: 500, step: 1, hint: 'Instead of minutes. Leave it empty to use the minutes.'},
    countdown: {label: 'Seconds of “Get ready” before the first breath', kind: 'number', min: 0, max: 10, step: 1, hint: 'Empty means 3. 0 means no countdown. Readers can skip it.'},
    'min-rate': {label: 'Slowest pace readers can choose (breaths a minute)', kind: 'number', min: 1, max: 30, step: 1, hint: 'Empty means 4.'},
    'max-rate': {label: 'Fastest pace readers can choose (breaths a minute)', kind: 'number', min: 1, max: 30, step: 1, hint: 'Empty means 10.'},
    fixed: {label: 'Readers cannot change the pace or length', hint: 'Hides the reader’s choices, so your pattern and length are always used.'},
    'no-voice': {label: 'No spoken cues', hint: 'The widget never offers to speak “breathe in” and “breathe out”.'},
    persist: {label: 'Remember the reader’s choices on their device', hint: 'Pace, length, spoken cues and eyes-closed mode, kept only in this browser.'},
    quiet: {label: 'No spoken updates', hint: 'Screen readers do not announce each breathing phase.'},
    sound: {label: 'Soft tone at each change', hint: 'Made in the browser. There are no sound files.'},
    vibrate: {label: 'Vibrate on phones', hint: 'One short buzz for breathing in, two for breathing out, where the phone can.'},
    'keep-awake': {label: 'Keep the screen on while breathing', hint: 'Where the browser allows it.'},
    'reduced-motion': {label: 'No movement', hint: 'The shape fades instead of growing. Always on when the reader’s device asks for less motion.'},
  },
  'ms-warning-signs': {persist: {label: 'Remember the answers on the reader’s device'}},
  'ms-appointment-prep': {persist: {label: 'Remember the draft on the reader’s device'}},
  'ms-coping-steps': {
    mode: {
      label: 'Show',
      hint: 'Readers can switch between the two themselves.',
      options: {guide: 'One step at a time', all: 'All steps together'},
    },
    step: {label: 'Start at step', kind: 'number', min: 1, max: 8, step: 1, hint: 'Empty means step 1.'},
    persist: {label: 'Remember the ticks on the reader’s device'},
  },
  'ms-idea-deck': {
    topic: {
      label: 'Ideas about',
      hint: 'Each topic is one of the article’s coping steps. Put several widgets on a page for several topics.',
      options: {
        grounding: 'Using your senses (grounding)',
        pleasures: 'Tiny pleasures',
        movement: 'Moving a little',
        regulation: 'Calming the nervous system',
        connection: 'Reconnecting with people',
      },
    },
    persist: {label: 'Remember the ticks on the reader’s device'},
  },
  'ms-journal-prompts': {
    writing: {label: 'Private writing box', hint: 'Readers can write an answer under each prompt.'},
    persist: {label: 'Remember the writing on the reader’s device'},
  },
  'ms-mood-color': {persist: {label: 'Keep a mood diary on the reader’s device'}},
  'ms-quotes': {
    mode: {
      label: 'Show',
      hint: 'One at a time has Previous and Next buttons. Quotes never change by themselves.',
      options: {all: 'All quotes', one: 'One quote at a time'},
    },
  },
  'ms-references': {'new-tab': {label: 'Open the links in a new tab', hint: 'Off: links open in the same tab, which most readers expect.'}},
  'ms-crisis-help': {
    variant: {
      label: 'Layout',
      hint: 'The short line fits inside other content, such as the end of an article.',
      options: {card: 'Card with a title', inline: 'One short line'},
    },
    heading: {hint: 'Your own title for the card. Leave it empty to keep the translated title.'},
    'line-name': {label: 'Your own crisis line: name', hint: 'Added after the built-in line, or replaces it if the name or number is the same.'},
    'line-phone': {label: 'Your own crisis line: phone number', kind: 'phone', hint: 'As people read it, for example 0800 123 456.'},
    'line-text': {label: 'Your own crisis line: number for text messages', kind: 'phone', hint: 'Leave empty if the line does not take texts.'},
    'line-url': {
      label: 'Your own crisis line: web page',
      kind: 'url',
      schemes: ['https:', 'tel:', 'sms:'],
      placeholder: 'https://',
      hint: 'Starts with https://. A tel: or sms: link also works.',
    },
  },
  'ms-support-link': {
    href: {
      label: 'Link address',
      kind: 'url',
      schemes: ['https:', 'http:', 'mailto:', 'tel:'],
      placeholder: 'https://',
      required: 'Add the address of your service. Without it the widget shows nothing.',
      hint: 'Where readers go, for example https://example.org/therapy. A mailto: or tel: link also works.',
    },
    label: {label: 'Link text', hint: 'Leave it empty for “Find online therapy” (translated).'},
    description: {label: 'Short line under the title', hint: 'For example who the service is for.'},
    heading: {hint: 'Leave it empty for “Want online therapy?” (translated).'},
  },
};

/** The editor's text for one attribute of one widget, or undefined when the catalogue lacks it. */
export function settingText(tag: string, attribute: string): SettingText | undefined {
  const shared = SETTINGS[attribute];
  const own = WIDGET_SETTINGS[tag]?.[attribute];
  if (!shared && !own?.label) return undefined;
  return {...shared, ...own} as SettingText;
}
