import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {renderNarrow, renderWidget} from '../../../.storybook/page-settings.js';

type Args = Record<string, unknown>;
const tag = 'ms-mood-color';

const meta: Meta<Args> = {
  title: 'Widgets/Mood colour',
  component: tag,
  render: (args) => renderWidget(tag, args),
  args: {'heading-level': 2},
};
export default meta;

type Story = StoryObj<Args>;

export const TodayOnly: Story = {name: 'Today only (nothing stored)'};

export const Diary: Story = {
  name: 'Private colour diary (persist)',
  args: {persist: true},
};

export const NarrowColumn: Story = {
  name: 'Narrow column',
  args: {persist: true},
  render: (args) => renderNarrow(tag, args),
};

export const Dark: Story = {
  args: {persist: true},
  globals: {theme: 'dark'},
};

export const RightToLeft: Story = {
  args: {persist: true},
  globals: {locale: 'ar', dir: 'rtl'},
};
