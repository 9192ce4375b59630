import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {renderWidget} from '../../../.storybook/page-settings.js';

type Args = Record<string, unknown>;
const tag = 'ms-why-numbness';

const meta: Meta<Args> = {
  title: 'Widgets/Why numbness',
  component: tag,
  render: (args) => renderWidget(tag, args),
  args: {'heading-level': 2},
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

/** The first cause open, showing the brain drawing and its list. */
export const BrainDrawing: Story = {
  name: 'Brain drawing (first cause open)',
  render: (args) => {
    const el = renderWidget(tag, args) as HTMLElement & {updateComplete: Promise<unknown>};
    void customElements.whenDefined(tag).then(async () => {
      await el.updateComplete;
      el.shadowRoot?.querySelector('details')?.setAttribute('open', '');
    });
    return el;
  },
};

export const NarrowColumn: Story = {
  name: 'Narrow column',
  render: (args) => {
    const frame = document.createElement('div');
    frame.style.maxWidth = '320px';
    frame.append(BrainDrawing.render!(args, {} as never) as HTMLElement);
    return frame;
  },
};

export const Dark: Story = {
  ...BrainDrawing,
  name: 'Dark',
  globals: {theme: 'dark'},
};

export const RightToLeft: Story = {
  ...BrainDrawing,
  name: 'Right to left',
  globals: {locale: 'ar', dir: 'rtl'},
};
