import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {renderWidget} from '../../../.storybook/page-settings.js';

type Args = Record<string, unknown>;
const tag = 'ms-idea-deck';

const meta: Meta<Args> = {
  title: 'Widgets/Idea deck',
  component: tag,
  render: (args) => renderWidget(tag, args),
  args: {'heading-level': 2, topic: 'grounding'},
  argTypes: {
    topic: {control: 'select', options: ['grounding', 'pleasures', 'movement', 'regulation', 'connection']},
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Grounding: Story = {name: 'Grounding (step 3)'};

export const Pleasures: Story = {name: 'Tiny pleasures (step 4)', args: {topic: 'pleasures'}};

export const Movement: Story = {name: 'Movement (step 5)', args: {topic: 'movement'}};

export const Regulation: Story = {name: 'Calming (step 7)', args: {topic: 'regulation'}};

export const Connection: Story = {name: 'Connection (step 8)', args: {topic: 'connection'}};

export const HostIdeas: Story = {
  name: 'With the host’s own ideas',
  render: (args) =>
    renderWidget(
      tag,
      args,
      `<ul>
        <li>Hold a warm mug with both hands.</li>
        <li>Open a window and feel the air.</li>
      </ul>`
    ),
};

export const Persist: Story = {
  name: 'Ticks kept in this browser (persist)',
  args: {persist: true},
};

export const Dark: Story = {
  globals: {theme: 'dark'},
};

export const RightToLeft: Story = {
  globals: {locale: 'ar', dir: 'rtl'},
};
