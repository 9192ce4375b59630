import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {renderWidget} from '../../../.storybook/page-settings.js';

type Args = Record<string, unknown>;
const tag = 'ms-quotes';

const meta: Meta<Args> = {
  title: 'Widgets/Quotes',
  component: tag,
  render: (args) => renderWidget(tag, args),
  args: {'heading-level': 2, mode: 'all'},
  argTypes: {mode: {control: 'inline-radio', options: ['all', 'one']}},
};
export default meta;

type Story = StoryObj<Args>;

export const All: Story = {};

export const OneAtATime: Story = {
  name: 'One at a time',
  args: {mode: 'one'},
};

export const HostQuotes: Story = {
  name: 'Host-supplied quotes',
  render: (args) =>
    renderWidget(
      tag,
      args,
      `<figure><blockquote>It felt like watching my life on a screen.</blockquote><figcaption>Sam, 52, PPMS</figcaption></figure>
       <figure><blockquote>Naming it helped me talk to my nurse.</blockquote><figcaption>Priya, 34, RRMS</figcaption></figure>`
    ),
};

export const Dark: Story = {
  globals: {theme: 'dark'},
  args: {mode: 'one'},
};

export const RightToLeft: Story = {
  globals: {locale: 'ar', dir: 'rtl'},
  args: {mode: 'one'},
};
