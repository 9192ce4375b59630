import {msg} from '../../core/localize.js';
import {ideas, topicText, type Topic} from '../../content/ideas.js';
import {prompts} from '../../content/journal-prompts.js';

export interface StepGroup {
  /** The line that introduces the list. */
  label: string;
  items: string[];
  /** Show the items as quotations (something to say, or a prompt). */
  quotes?: boolean;
}

export interface Step {
  title: string;
  intro: string;
  groups: StepGroup[];
  note?: string;
  /** A safety line, shown with more weight. */
  caution?: string;
}

/**
 * The article's eight steps. Steps 3, 4, 5, 7 and 8 reuse the idea lists of
 * `ms-idea-deck`, and step 6 the prompts of `ms-journal-prompts`, so no
 * sentence is written twice.
 */
export function steps(): Step[] {
  const tryThese = msg('Try:');
  const fromTopic = (title: string, topic: Topic): Step => {
    const [intro, note] = topicText(topic);
    return {title, intro, groups: [{label: tryThese, items: ideas(topic)}], note};
  };
  const [feel, joy, letter, body] = prompts();
  return [
    {
      title: msg('Name it without shame'),
      intro: msg(
        'First, notice what is happening. Emotional numbness is not your fault. It is a symptom of MS in your nervous system. Naming it takes away the shame and opens the door to healing.'
      ),
      groups: [
        {
          label: msg('Try saying:'),
          items: [msg('I’m not feeling much lately. I’m not broken. I’m inflamed and overwhelmed.')],
          quotes: true,
        },
      ],
    },
    {
      title: msg('Talk to your neurologist or therapist'),
      intro: msg('Bring up the numbness directly. Don’t just say “I’m fine.”'),
      groups: [
        {
          label: msg('Tell them:'),
          items: [
            msg('What has changed in how you react to things'),
            msg('Whether your medicines might play a part'),
            msg('If it began after a flare or after something very hard happened'),
          ],
        },
        {
          label: msg('Treatment may include:'),
          items: [
            msg('Changing an MS medicine that can flatten feelings (like interferons)'),
            msg('Trying an antidepressant that works on dopamine (like bupropion)'),
            msg('A therapy that helps when you feel cut off from yourself (like EMDR or somatic therapy)'),
          ],
        },
      ],
      caution: msg('Never stop or change a medicine on your own. Talk to your doctor first.'),
    },
    fromTopic(msg('Start with your senses'), 'grounding'),
    fromTopic(msg('Plan tiny pleasures'), 'pleasures'),
    fromTopic(msg('Move a little, even if you don’t want to'), 'movement'),
    {
      title: msg('Use reflective tools'),
      intro: msg('Sometimes numbness is easier to show with colours, pictures or symbols than with words.'),
      groups: [
        {
          label: tryThese,
          items: [msg('Colour in how you feel today, even if it is grey.'), letter!.text, body!.text],
        },
        {label: msg('Or write in a journal, with prompts like:'), items: [feel!.text, joy!.text], quotes: true},
      ],
      note: msg('These are not forced feelings. They are gentle questions.'),
    },
    fromTopic(msg('Calm your nervous system'), 'regulation'),
    fromTopic(msg('Reconnect with people, gently'), 'connection'),
  ];
}
