import {html, type TemplateResult} from 'lit';
import {msg} from '../../core/localize.js';
import {renderHeading} from '../../parts/heading.js';

/**
 * The result panel's explanation and next steps (issue 18). The panel is
 * hidden until the reader ticks a sign, so these come right after the first
 * paint (with `persist`, before the first render, as saved ticks show the
 * panel at once). The panel's safety lines never wait for them: "This is not
 * a diagnosis", the doctor or therapist, and the crisis number are in the
 * widget's own file, so offline the panel still points to a doctor.
 * It imports nothing from the widget's own file (a widget file that another
 * file imports from needs the bundler's namespace helper).
 */

/** What the ticks may mean (before "This is not a diagnosis"). */
export const meaning = (): TemplateResult =>
  html`<p>${msg('This may be emotional blunting: feeling flat or numb. It can be part of depression in MS.')}</p>`;

/** What to do next: `level` is the heading's level; `describe` what to tell the doctor (content/warning-signs.ts). */
export function nextSteps(level: number, describe: string[]): TemplateResult {
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
          ${describe.map((text) => html`<li>${text}</li>`)}
        </ul>
      </li>
    </ol>
  `;
}
