import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Listens to one event on `document` while the host is on the page, and not
 * after: for the page-wide signals widgets share (`ms-mood-change`, "everything
 * saved was deleted"), so no widget keeps listening once it is removed.
 */
export class DocumentListener implements ReactiveController {
  private readonly listener = (event: Event): void => this.handle(event);

  constructor(
    host: ReactiveControllerHost,
    private readonly type: string,
    private readonly handle: (event: Event) => void
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener(this.type, this.listener);
  }

  hostDisconnected(): void {
    document.removeEventListener(this.type, this.listener);
  }
}
