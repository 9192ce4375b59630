import {connection} from './ideas-connection.js';
import {grounding} from './ideas-grounding.js';
import {movement} from './ideas-movement.js';
import {pleasures} from './ideas-pleasures.js';
import {regulation} from './ideas-regulation.js';
import {TOPICS, type Topic, type TopicContent} from './idea-topics.js';

/**
 * The article's idea lists (steps 3, 4, 5, 7 and 8), one module per topic
 * (./ideas-<topic>.ts, the only place these strings are written:
 * `ms-coping-steps` reuses them for its steps, so translators see each
 * sentence once; `ms-idea-deck` loads only the topic it shows). Functions,
 * not constants, so every string is looked up in the language of the widget
 * rendering it.
 */
export {TOPICS, type Topic, type TopicContent};

/** Every topic's content, by topic. */
export const TOPIC_CONTENT: Record<Topic, () => TopicContent> = {grounding, pleasures, movement, regulation, connection};

/** The ideas of one topic, in the article's order. */
export const ideas = (topic: Topic): string[] => TOPIC_CONTENT[topic]()[0];

/** The article's sentences around a topic's list: [before, after]. */
export function topicText(topic: Topic): [intro: string, note: string] {
  const [, intro, note] = TOPIC_CONTENT[topic]();
  return [intro, note];
}
