import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {renderWidget} from '../../../.storybook/page-settings.js';

type Args = Record<string, unknown>;
const tag = 'ms-references';

const meta: Meta<Args> = {
  title: 'Widgets/References',
  component: tag,
  render: (args) => renderWidget(tag, args),
  args: {'heading-level': 2, 'new-tab': false},
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const NewTab: Story = {
  name: 'Links open in a new tab',
  args: {'new-tab': true},
};

export const Dark: Story = {
  globals: {theme: 'dark'},
};

export const RightToLeft: Story = {
  name: 'Right to left (citations stay English, left to right)',
  globals: {locale: 'ar', dir: 'rtl'},
};
