import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {renderNarrow, renderWidget} from '../../../.storybook/page-settings.js';

type Args = Record<string, unknown>;
const tag = 'ms-coping-steps';

const meta: Meta<Args> = {
  title: 'Widgets/Coping steps',
  component: tag,
  render: (args) => renderWidget(tag, args),
  args: {'heading-level': 2, mode: 'guide', step: 1},
};
export default meta;

type Story = StoryObj<Args>;

export const Guide: Story = {name: 'Guide (one step at a time)'};

export const OpenAtStep: Story = {
  name: 'Opens at step 3',
  args: {step: 3},
};

export const AllSteps: Story = {
  name: 'All steps',
  args: {mode: 'all'},
};

export const Persist: Story = {
  name: 'Ticks kept in this browser (persist)',
  args: {persist: true},
};

export const NarrowColumn: Story = {
  name: 'Narrow column (320 px)',
  render: (args) => renderNarrow(tag, args),
};

export const Dark: Story = {
  globals: {theme: 'dark'},
};

export const RightToLeft: Story = {
  globals: {locale: 'ar', dir: 'rtl'},
};
