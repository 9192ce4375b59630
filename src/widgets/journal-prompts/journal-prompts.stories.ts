import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {renderWidget} from '../../../.storybook/page-settings.js';

type Args = Record<string, unknown>;
const tag = 'ms-journal-prompts';

const meta: Meta<Args> = {
  title: 'Widgets/Journal prompts',
  component: tag,
  render: (args) => renderWidget(tag, args),
  args: {'heading-level': 2},
};
export default meta;

type Story = StoryObj<Args>;

export const PromptsOnly: Story = {name: 'Prompts only'};

export const Writing: Story = {
  name: 'With a private writing box',
  args: {writing: true},
};

export const WritingPersist: Story = {
  name: 'Writing kept in this browser (persist)',
  args: {writing: true, persist: true},
};

export const Dark: Story = {
  args: {writing: true},
  globals: {theme: 'dark'},
};

export const RightToLeft: Story = {
  args: {writing: true},
  globals: {locale: 'ar', dir: 'rtl'},
};
