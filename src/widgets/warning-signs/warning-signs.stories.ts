import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {renderNarrow, renderWidget} from '../../../.storybook/page-settings.js';

type Args = Record<string, unknown>;
const tag = 'ms-warning-signs';

const meta: Meta<Args> = {
  title: 'Widgets/Warning signs',
  component: tag,
  render: (args) => renderWidget(tag, args),
  args: {'heading-level': 2, country: 'GB'},
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const Persist: Story = {
  name: 'Answers kept in this browser (persist)',
  args: {persist: true},
};

export const HostList: Story = {
  name: 'Host-supplied list',
  render: (args) =>
    renderWidget(
      tag,
      args,
      `<ul>
        <li>I don’t enjoy the things I used to.</li>
        <li>I feel flat most days.</li>
        <li>I can’t cry, even when I want to.</li>
      </ul>`
    ),
};

export const NarrowColumn: Story = {
  name: 'Narrow column',
  render: (args) => renderNarrow(tag, args),
};

export const Dark: Story = {
  globals: {theme: 'dark'},
};

export const RightToLeft: Story = {
  globals: {locale: 'ar', dir: 'rtl'},
};
