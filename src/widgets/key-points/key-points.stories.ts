import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {renderWidget} from '../../../.storybook/page-settings.js';

type Args = Record<string, unknown>;
const tag = 'ms-key-points';

const meta: Meta<Args> = {
  title: 'Widgets/Key points',
  component: tag,
  render: (args) => renderWidget(tag, args),
  args: {'heading-level': 2},
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const CustomHeading: Story = {
  args: {heading: 'In short', 'heading-level': 3},
};

export const HostList: Story = {
  name: 'Host-supplied list',
  render: (args) => renderWidget(tag, args, `<ul><li>Numbness is a symptom.</li><li>Help is available.</li></ul>`),
};

export const Dark: Story = {
  globals: {theme: 'dark'},
};

export const RightToLeft: Story = {
  globals: {locale: 'ar', dir: 'rtl'},
};
