import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {renderNarrow, renderWidget} from '../../../.storybook/page-settings.js';

type Args = Record<string, unknown>;
const tag = 'ms-appointment-prep';

const meta: Meta<Args> = {
  title: 'Widgets/Appointment preparation',
  component: tag,
  render: (args) => renderWidget(tag, args),
  args: {'heading-level': 2, country: 'GB'},
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {name: 'Default (nothing stored)'};

export const Persist: Story = {
  name: 'Draft kept in this browser (persist)',
  args: {persist: true},
};

export const WithWarningSigns: Story = {
  name: 'Next to the warning signs checklist',
  render: (args) => {
    const frame = document.createElement('div');
    frame.append(renderWidget('ms-warning-signs', {'heading-level': 2, country: args.country}), renderWidget(tag, args));
    return frame;
  },
};

export const NarrowColumn: Story = {
  name: 'Narrow column',
  render: (args) => renderNarrow(tag, args),
};

export const Dark: Story = {
  globals: {theme: 'dark'},
};

export const RightToLeft: Story = {
  globals: {dir: 'rtl'},
};
