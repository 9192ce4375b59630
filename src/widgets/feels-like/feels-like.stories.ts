import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {renderWidget} from '../../../.storybook/page-settings.js';

type Args = Record<string, unknown>;
const tag = 'ms-feels-like';

const meta: Meta<Args> = {
  title: 'Widgets/Feels like',
  component: tag,
  render: (args) => renderWidget(tag, args),
  args: {'heading-level': 2},
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const CustomHeading: Story = {
  args: {heading: 'Does this sound familiar?', 'heading-level': 3},
};

export const HostList: Story = {
  name: 'Host-supplied list',
  render: (args) =>
    renderWidget(tag, args, `<ul><li>Like being behind glass</li><li>Going through the motions</li></ul>`),
};

export const Dark: Story = {
  globals: {theme: 'dark'},
};

export const RightToLeft: Story = {
  globals: {locale: 'ar', dir: 'rtl'},
};
