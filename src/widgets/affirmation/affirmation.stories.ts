import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {renderWidget} from '../../../.storybook/page-settings.js';

type Args = Record<string, unknown>;
const tag = 'ms-affirmation';

const meta: Meta<Args> = {
  title: 'Widgets/Affirmation',
  component: tag,
  render: (args) => renderWidget(tag, args),
  args: {'heading-level': 2},
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const HostList: Story = {
  name: 'Host-supplied reassurances',
  render: (args) => renderWidget(tag, args, `<ul><li>You matter.</li><li>Take your time.</li></ul>`),
};

export const Dark: Story = {
  globals: {theme: 'dark'},
};

export const RightToLeft: Story = {
  globals: {locale: 'ar', dir: 'rtl'},
};
