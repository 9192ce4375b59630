/**
 * The idea deck's content by topic. The default topic (grounding) is in the
 * widget's own file; each other topic is loaded with `import()` the first
 * time a deck on the page shows it, and that deck's render waits for it
 * (issue 18: a page carries only the list it shows). The strings are written
 * once, in src/content/ideas-<topic>.ts.
 */
import {grounding} from '../../content/ideas-grounding.js';
import type {Topic, TopicContent} from '../../content/idea-topics.js';

type Content = () => TopicContent;
type LazyTopic = Exclude<Topic, 'grounding'>;

/** Where each other topic comes from; tests replace an entry to see what a reader sees when it cannot be loaded. */
export const topicSource: Record<LazyTopic, () => Promise<Content>> = {
  pleasures: () => import('../../content/ideas-pleasures.js').then((m) => m.pleasures),
  movement: () => import('../../content/ideas-movement.js').then((m) => m.movement),
  regulation: () => import('../../content/ideas-regulation.js').then((m) => m.regulation),
  connection: () => import('../../content/ideas-connection.js').then((m) => m.connection),
};

/** Per topic: its content once here, null when it could not be loaded (offline; not retried until the page is loaded again). */
const loaded: Partial<Record<Topic, Content | null>> = {grounding};
const loading: Partial<Record<Topic, Promise<unknown>>> = {};

/** A topic's content: the function if it is here, null if it could not be loaded, undefined while it has not arrived. */
export const topicContent = (topic: Topic): Content | null | undefined => loaded[topic];

/** Loads a topic's content once for the page; settles when it has arrived or failed. */
export const loadTopic = (topic: Topic): Promise<unknown> =>
  (loading[topic] ??= topicSource[topic as LazyTopic]().then(
    (content) => (loaded[topic] = content),
    () => (loaded[topic] = null)
  ));
