import {html, type TemplateResult} from 'lit';
import {msg, str} from '../../core/localize.js';
import {renderHeading} from '../../parts/heading.js';
import {whatToDescribe} from '../../content/what-to-describe.js';

/**
 * The result panel's explanation and next steps, and the printed page
 * (issue 18). The panel is hidden until the reader ticks a sign, so these
 * come right after the first paint (with `persist`, before the first render,
 * as saved ticks show the panel at once); printSummary() waits for them only
 * when it is called before they are here. The panel's safety lines never
 * wait for them: "This is not a diagnosis", the doctor or therapist, and the
 * crisis number are in the widget's own file, so offline the panel still
 * points to a doctor.
 * It imports nothing from the widget's own file (a widget file that another
 * file imports from needs the bundler's namespace helper).
 */

/** What the ticks may mean (before "This is not a diagnosis"). */
export const meaning = (): TemplateResult =>
  html`<p>${msg('This may be emotional blunting: feeling flat or numb. It can be part of depression in MS.')}</p>`;

/** What to do next: `level` is the heading's level. */
export function nextSteps(level: number): TemplateResult {
  return html`
    ${renderHeading(level, msg('What you can do next'), 'next-heading')}
    <ol>
      <li>
        <strong>${msg('Name it without shame.')}</strong>
        ${msg('Numbness is not your fault. It is a symptom of MS, not a personal failure.')}
        ${msg('You might say: “I’m not feeling much lately. I’m not broken, I’m inflamed and overwhelmed.”')}
      </li>
      <li>
        <strong>${msg('Talk to your neurologist, MS nurse or therapist.')}</strong>
        ${msg('Don’t just say “I’m fine”. Tell them:')}
        <ul>
          ${whatToDescribe().map((text) => html`<li>${text}</li>`)}
        </ul>
      </li>
    </ol>
  `;
}

/**
 * The printed page: `title`, the date, the ticked signs (`signs`, as shown),
 * what to talk about, that it is not a diagnosis, and the emergency number
 * (`number`; undefined: the local one). Call it in the widget's language.
 */
export function printPage(doc: Document, title: string, dateLocale: string, signs: string[], number?: string): HTMLElement {
  const root = doc.createElement('main');
  const add = (tag: string, text: string, parent: Element = root, className = '') =>
    parent.appendChild(Object.assign(doc.createElement(tag), {textContent: text, className}));
  const list = (texts: string[]) => {
    const ul = add('ul', '');
    for (const text of texts) add('li', text, ul);
  };
  const date = new Intl.DateTimeFormat(dateLocale, {dateStyle: 'long'}).format(new Date());
  add('h1', title);
  add('p', msg(str`Printed on ${date}.`), root, 'small');
  add('h2', msg('The signs I ticked'));
  if (signs.length) list(signs);
  else add('p', msg('I did not tick any of the signs.'));
  add('h2', msg('What I want to talk about'));
  list(whatToDescribe());
  add('p', msg('This list is not a diagnosis. It helps me start the conversation with my neurologist, MS nurse or therapist.'));
  add(
    'p',
    number
      ? msg(str`If you are in danger now, or you might harm yourself, call ${number}.`)
      : msg('If you are in danger now, or you might harm yourself, call your local emergency number.'),
    root,
    'small'
  );
  return root;
}
