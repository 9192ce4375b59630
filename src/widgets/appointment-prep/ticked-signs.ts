import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {TickedSign} from '../../content/warning-signs.js';
import {signsPart} from './lazy.js';

/** What ms-warning-signs documents: its `tickedSigns` property and its change event's `checked` and `texts`. */
type SignsElement = HTMLElement & {tickedSigns?: TickedSign[]; updateComplete?: Promise<unknown>};
interface SignsDetail {
  checked?: string[];
  texts?: string[];
}

/**
 * The warning signs ticked on this page, learnt only through ms-warning-signs'
 * public contract: its `ms-warning-signs-change` event (ids and texts), and
 * its read-only `tickedSigns` for signs ticked (or restored) before this sheet
 * was on the page. Never its DOM. Once a checklist is heard of, the code of
 * the offer to add its signs is fetched (the host renders again when it is here).
 */
export class TickedSignsController implements ReactiveController {
  /** The ticked signs, in the checklist's order. */
  signs: TickedSign[] = [];
  private heard = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly changed: () => void
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('ms-warning-signs-change', this.onChange);
    void customElements.whenDefined('ms-warning-signs').then(async () => {
      const el = document.querySelector<SignsElement>('ms-warning-signs');
      await el?.updateComplete;
      // Only if no event has told us otherwise meanwhile.
      if (el && !this.heard) this.set(el.tickedSigns ?? []);
    });
  }

  hostDisconnected(): void {
    document.removeEventListener('ms-warning-signs-change', this.onChange);
  }

  private readonly onChange = (e: Event): void => {
    this.heard = true;
    const {checked = [], texts = []} = (e as CustomEvent<SignsDetail>).detail ?? {};
    this.set(checked.map((id, i) => ({id, text: texts[i] ?? ''})));
    this.changed();
  };

  private set(signs: TickedSign[]): void {
    this.signs = signs;
    this.host.requestUpdate();
    void signsPart.load().then(() => this.host.requestUpdate());
  }
}
