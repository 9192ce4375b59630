import {msg} from '../core/localize.js';

/**
 * The article's idea lists (steps 3, 4, 5, 7 and 8). This is the only place
 * these strings are written: `ms-coping-steps` reuses them for its steps, so
 * translators see each sentence once. Functions, not constants, so every
 * string is looked up in the language of the widget rendering it.
 */
export const TOPICS = ['grounding', 'pleasures', 'movement', 'regulation', 'connection'] as const;
export type Topic = (typeof TOPICS)[number];

/** The ideas of one topic, in the article's order. */
export function ideas(topic: Topic): string[] {
  switch (topic) {
    case 'pleasures':
      return [
        msg('Watch a funny or nostalgic video.'),
        msg('Sit in the sun for 5 minutes.'),
        msg('Listen to a favourite song from your childhood.'),
        msg('Sip something warm, slowly, and notice it.'),
      ];
    case 'movement':
      return [
        msg('Stretch in bed.'),
        msg('Wiggle your fingers and toes.'),
        msg('Walk a short loop.'),
        msg('Do a few yoga poses.'),
      ];
    case 'regulation':
      return [
        msg('Wake up your vagus nerve: a cold splash of water, humming, or gargling.'),
        msg('Breathe slowly, deep into your belly: in for 4, out for 6.'),
        msg('Try tapping (Emotional Freedom Technique).'),
        msg('Try restorative yoga or yoga nidra.'),
        msg('Use a weighted blanket.'),
      ];
    case 'connection':
      return [
        msg('Send a meme or an emoji to a friend.'),
        msg('Ask someone you love to sit with you in silence.'),
        msg('Stroke a pet or another animal.'),
        msg('Go to an MS support group. You can just listen.'),
      ];
    default:
      return [
        msg('Hold an ice cube.'),
        msg('Smell a strong essential oil, like peppermint or citrus.'),
        msg('Take a hot or a cold shower.'),
        msg('Lie on the ground and breathe deeply.'),
        msg('Touch different textures.'),
      ];
  }
}

/** The article's sentences around a topic's list: [before, after]. */
export function topicText(topic: Topic): [intro: string, note: string] {
  switch (topic) {
    case 'pleasures':
      return [
        msg('Don’t wait until you feel like it. Plan tiny moments that might bring joy, even if you feel nothing about them.'),
        msg('Tiny pleasures plant seeds for feeling again, even if you don’t feel them fully straight away.'),
      ];
    case 'movement':
      return [
        msg('Moving, even gently, helps to unfreeze your feelings.'),
        msg('The goal is not fitness. It is to connect your brain and body again through moving.'),
      ];
    case 'regulation':
      return [
        msg('Your nervous system plays a big part in feeling emotions. In MS, it is often out of balance. Calming practices can help.'),
        msg('The safer your nervous system feels, the more emotion can come through.'),
      ];
    case 'connection':
      return [
        msg('Numbness can make time with people feel pointless. But gentle contact can wake up your feelings again.'),
        msg('You don’t have to show feelings you don’t have. Just be there.'),
      ];
    default:
      return [
        msg('If feelings seem out of reach, start with your body. Your nervous system takes in your senses before emotions.'),
        msg('These ideas gently wake up your nervous system’s ability to feel.'),
      ];
  }
}
