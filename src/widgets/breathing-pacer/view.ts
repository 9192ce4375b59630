import {html, nothing, type TemplateResult} from 'lit';
import {msg} from '../../core/localize.js';
import {
  ALL_PHASES,
  type BreathingPhase,
  breathsOf,
  countdownWord,
  label,
  type Note,
  NOTES,
  noteText,
  paceText,
  patternStep,
  phaseWord,
  PHASES,
  type Said,
  saidText,
} from './content.js';
import type {ReaderChoices} from './choices.js';
import type {PacerSession} from './session.js';
import type {SessionLength} from './engine.js';
import {formatNumber, pluralOf} from './format.js';
import {lengthChoices} from './settings.js';

export interface PacerHandlers {
  primary: () => void;
  stop: () => void;
  slower: () => void;
  faster: () => void;
  length: (event: Event) => void;
  speak: () => void;
  eyesClosed: () => void;
}

/**
 * What the view reads from its element: the element's own state (private or
 * protected there, as it is no public API), read where it is rather than
 * copied into a view object at every render. No state lives here.
 */
export interface PacerViewHost {
  locale: string;
  _phase: BreathingPhase;
  /** Seconds left in the countdown (0 = none). */
  counting: number;
  /** A session is going on (running or paused). */
  active: boolean;
  running: boolean;
  _paused: boolean;
  /** Breathing time so far, in ms, as of the last update. */
  elapsed: number;
  note: Note;
  said: Said;
  quiet: boolean;
  /** The host hid the reader's pace and length choices. */
  fixed: boolean;
  noVoice: boolean;
  choices: ReaderChoices;
  /** The running half, once its code has arrived. */
  session?: PacerSession;
  handlers: PacerHandlers;
  /** A local voice of the widget's language, if spoken cues may be offered. */
  voice(): SpeechSynthesisVoice | undefined;
  renderTitle(text: string): TemplateResult;
}

/**
 * Holds a control (or a line) at the size of the largest of `others`: they sit
 * invisibly in the same grid cell, so a new label never moves anything.
 */
function steady(content: TemplateResult, others: string[], className: string, block = false): TemplateResult {
  const ghosts = others.map((text) => html`<span class="${className} ghost" aria-hidden="true">${text}</span>`);
  return block ? html`<div class="steady">${content}${ghosts}</div>` : html`<span class="steady">${content}${ghosts}</span>`;
}

/**
 * A toggle button that shows its state in its label, e.g. "Speak the cues: On".
 * The label is one text, exactly as in the ghosts that hold the button at the
 * size of its longer label, so pressing it never moves it. A screen reader
 * hears the name alone (the visible label is hidden from it): `aria-pressed` tells the state.
 */
function toggle(name: string, on: boolean, press: () => void, className: string): TemplateResult {
  const text = (value: boolean) => label.toggle(name, value ? label.on() : label.off());
  return steady(
    html`<button class="button secondary ${className}" type="button" aria-pressed=${on ? 'true' : 'false'} @click=${press}
      ><span class="visually-hidden">${name}</span><span aria-hidden="true">${text(on)}</span></button
    >`,
    [text(true), text(false)],
    `button secondary ${className}`
  );
}

/** A button that stays focusable when it cannot be used (focus is never lost under the reader). */
function limitButton(text: string, usable: boolean, press: () => void, className: string): TemplateResult {
  return html`<button class="button secondary ${className}" type="button" aria-disabled=${usable ? nothing : 'true'}
    @click=${() => usable && press()}>${text}</button>`;
}

export function renderPacer(v: PacerViewHost): TemplateResult {
  const {choices, locale, counting, note} = v;
  const phase = v._phase;
  const engine = v.session?.engine;
  const active = v.active && !!engine;
  const voice = !!v.voice();
  // Without Web Audio or a voice, "Eyes closed" could do nothing, so it is not offered.
  const tones = typeof (globalThis as {AudioContext?: unknown}).AudioContext === 'function';
  /** The session length in force, breathing time so far and the end of the phase, in ms. */
  const length: SessionLength = active ? engine.limit : choices.sessionLength();
  const pattern = active ? engine.cycle : choices.pattern();
  const number = (value: number, unit?: 'second') => formatNumber(locale, value, unit);
  const t = active || phase === 'done' ? v.elapsed : 0;
  const clock = length.ms ? Math.ceil(Math.max(0, length.ms - t) / 1000) : Math.floor(t / 1000);
  const rate = choices.perMinute();
  const perMinute = Math.round(rate * 10) / 10;
  // The big button's labels (all of them hold its size): start, pause, resume, go again, skip the countdown.
  const primaryLabels = [label.start(), label.pause(), label.resume(), label.again(), label.skip()];
  const primary = primaryLabels[counting ? 4 : v.running ? 1 : v._paused ? 2 : phase === 'done' ? 3 : 0];
  const word = counting ? countdownWord() : phaseWord(phase);
  const count = counting || (active ? Math.ceil((engine.phaseEnd - t) / 1000) : '');
  const cycles = engine?.cycles ?? 0;
  const breaths = length.breaths ? breathsOf(number(cycles), number(length.breaths)) : number(cycles);
  const on = v.handlers;
  return html`<div class="panel">
    ${v.renderTitle(msg('Slow breathing'))}
    <p class="intro">${msg('Slow breathing, with a longer breath out, is one way to calm your nervous system.')}</p>
    <p class="intro motion">${msg('Breathe in as the circle grows. Breathe out slowly as it shrinks.')}</p>
    <p class="intro still">${msg('Breathe in as the circle fills. Breathe out slowly as it fades.')}</p>
    <div class="stage" part="stage" data-phase=${counting ? 'countdown' : phase}>
      <div class="shape" part="shape"><div class="fill"></div></div>
      <span class="count" part="count">${count}</span>
    </div>
    <div class="now" part="now">
      ${steady(html`<p class="word">${word}</p>`, [...ALL_PHASES.map(phaseWord), countdownWord()], 'word', true)}
    </div>
    <div class="controls" part="controls">
      ${steady(html`<button class="button big" type="button" @click=${on.primary}>${primary}</button>`, primaryLabels, 'button big')}
      ${active || counting
        ? html`<button class="button secondary stop" type="button" @click=${on.stop}>${label.stop()}</button>`
        : html`<span class="button secondary stop ghost" aria-hidden="true">${label.stop()}</span>`}
    </div>
    ${steady(
      html`<p class="message" part="message" ?hidden=${!note}>${noteText(note)}</p>`,
      NOTES.map(noteText),
      'message',
      true
    )}
    <div class="choices" part="choices">
      ${!v.fixed
        ? html`<div class="pace" role="group" aria-labelledby="pace-label">
              <span id="pace-label" class="choice-label">${label.pace()}</span>
              ${limitButton(label.slower(), choices.canStep(-1, rate), on.slower, 'slower')}
              ${limitButton(label.faster(), choices.canStep(1, rate), on.faster, 'faster')}
            </div>
            <label class="length">
              <span class="choice-label">${label.length()}</span>
              <select class="select" @change=${on.length}>
                ${lengthChoices(choices.hostLengthKey(), locale).map(
                  (o) => html`<option value=${o.key} ?selected=${o.key === choices.lengthKey()}>${o.text}</option>`
                )}
              </select>
            </label>`
        : ''}
      ${voice || tones
        ? html`<div class="toggles">
              ${voice ? toggle(label.speak(), choices.speak, on.speak, 'speak') : ''}
              ${toggle(label.eyesClosed(), choices.eyesClosed, on.eyesClosed, 'eyes')}
            </div>
            <p class="hint">${label.eyesClosedHelp()}</p>`
        : ''}
      ${!v.noVoice && !voice ? html`<p class="hint no-voice">${label.noVoice()}</p>` : ''}
    </div>
    <dl class="stats" part="stats">
      <div>
        <dt>${length.ms ? msg('Time left') : msg('Time')}</dt>
        <dd><time datetime="PT${clock}S">${Math.floor(clock / 60)}:${String(clock % 60).padStart(2, '0')}</time></dd>
      </div>
      <div>
        <dt>${msg('Breaths')}</dt>
        <dd>${breaths}</dd>
      </div>
      <div>
        <dt>${msg('Pace')}</dt>
        <dd>${paceText(number(perMinute), pluralOf(locale, perMinute))}</dd>
      </div>
    </dl>
    <ol class="pattern" part="pattern">
      ${PHASES.map((name, i) =>
        pattern[i]
          ? html`<li aria-current=${active && name === phase ? 'step' : nothing}>
              ${patternStep(name, number(Math.round(pattern[i]! / 100) / 10, 'second'))}
            </li>`
          : ''
      )}
    </ol>
    <p class="safety" part="safety">${msg('If you feel dizzy or light-headed, stop and breathe normally.')}</p>
    <div role="status" class="visually-hidden">${v.quiet ? '' : saidText(v.said, locale, (n) => number(n))}</div>
  </div>`;
}
