import {html, type ReactiveController, type ReactiveControllerHost, type TemplateResult} from 'lit';

/**
 * A polite live region for a widget's short messages ("Your sheet is
 * cleared."). The widget says a KEY; the text is made from it when the widget
 * renders, so a screen reader always hears it in the widget's own language,
 * also when the message was set in an event handler or a timer.
 */
export class Announcer<K extends string> implements ReactiveController {
  private current: K | '' = '';

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly textOf: (key: K) => string
  ) {
    host.addController(this);
  }

  /** The message being announced ('' for none). */
  get key(): K | '' {
    return this.current;
  }

  /** Announces the message with this key ('' clears it). */
  say(key: K | ''): void {
    if (key === this.current) return;
    this.current = key;
    this.host.requestUpdate();
  }

  clear(): void {
    this.say('');
  }

  hostConnected(): void {}

  /** The live region; `className` 'visually-hidden' keeps it for screen readers only. */
  render(className = ''): TemplateResult {
    return html`<p class=${className} role="status">${this.current ? this.textOf(this.current) : ''}</p>`;
  }
}
