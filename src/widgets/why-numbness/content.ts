import type {msg as translate} from '../../core/localize.js';

/**
 * The widget's `msg()`, passed in by panels.ts: this text is loaded lazily,
 * and a lazily loaded file that imported core/localize.ts itself would make the
 * all-in-one ms-widgets.js split localize.ts out into a file of its own (a
 * bundler rule), which the bundle would then need before it can start.
 */
type Msg = typeof translate;

export interface Term {
  term: string;
  description: string;
}

/** The four brain areas the article names, in the article's order (numbered 1 to 4 in the drawing). */
export function brainRegions(msg: Msg): Term[] {
  return [
    {term: msg('Prefrontal cortex'), description: msg('Making decisions, controlling impulses, and empathy')},
    {term: msg('Amygdala'), description: msg('Emotional reactions, especially fear and anxiety')},
    {term: msg('Anterior cingulate cortex'), description: msg('Motivation and emotional engagement')},
    {term: msg('Insular cortex'), description: msg('Awareness of your body and your emotions')},
  ];
}

/** The three brain chemicals the article names, and what each affects. */
export function neurotransmitters(msg: Msg): Term[] {
  return [
    {term: msg('Serotonin'), description: msg('Affects mood, sleep and pleasure')},
    {term: msg('Dopamine'), description: msg('Affects motivation, reward and focus')},
    {term: msg('Norepinephrine'), description: msg('Affects alertness and energy')},
  ];
}

/** Text inside the four causes (their titles are in titles.ts, shown on first paint). Each `body` is a list of paragraphs. */
export function causes(msg: Msg) {
  return {
    inflammation: {
      before: msg(
        'MS causes inflammation in the brain and spinal cord. This can affect the parts of the brain that handle emotions:'
      ),
      after: msg(
        'When these areas are inflamed or damaged by MS lesions, your ability to feel, respond to and understand emotions is muted.'
      ),
    },
    chemicals: {
      before: msg('Inflammation from MS changes brain chemicals called neurotransmitters, such as:'),
      after: msg(
        'When these chemicals are out of balance, because of the immune system or side effects of medicines, feelings can become dull, even without sadness.'
      ),
    },
    fatigue: {
      body: [
        msg('Fatigue in MS is more than being tired. Your nervous system runs out of energy.'),
        msg(
          'When your brain is working overtime to deal with physical symptoms, or to make up for damage, emotions can shut down to help you get through.'
        ),
      ],
      emphasis: msg('You’re not broken. You’re overwhelmed.'),
    },
    protection: {
      body: [
        msg('Sometimes numbness is a way of protecting yourself from the trauma of living with a long-term illness.'),
        msg(
          'After years of flare-ups, losses and hard medical experiences, the brain may start to dull emotions to avoid being overwhelmed.'
        ),
        msg('This can become a habit, especially if you have felt emotionally unsafe.'),
      ],
    },
  };
}

/** Text alternative and caption of the drawing. */
export function diagramText(msg: Msg) {
  return {
    title: msg('Drawing of the brain with the four areas marked'),
    description: msg(
      'A simple see-through drawing of the brain from the side, with the front on the left. Area 1, the prefrontal cortex, is at the front. Area 2, the amygdala, is small and sits low down, deep inside. Area 3, the anterior cingulate cortex, is a curved band in the middle. Area 4, the insular cortex, is deep inside, in the middle.'
    ),
    caption: msg('Simple drawing, not to scale. The numbers match the list.'),
  };
}
