import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {renderWidget} from '../../../.storybook/page-settings.js';

type Args = Record<string, unknown>;
const tag = 'ms-support-link';

const meta: Meta<Args> = {
  title: 'Widgets/Support link',
  component: tag,
  render: (args) => renderWidget(tag, args),
  // Storybook needs some link to show the widget; a real page sets its chosen service.
  args: {'heading-level': 2, href: 'https://example.org/find-a-therapist'},
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const LabelAndDescription: Story = {
  name: 'Label and description',
  args: {label: 'Book a free call', description: 'Talk to a counsellor who knows MS. It is free for our members.'},
};

export const Phone: Story = {
  name: 'Phone link',
  args: {href: 'tel:+441234567890', label: 'Call our support line'},
};

export const NoHref: Story = {
  name: 'Without href (shows nothing, warns in the console)',
  // The smoke test checks that this one stays empty (scripts/storybook-smoke.mjs).
  tags: ['renders-nothing'],
  args: {href: ''},
};

export const Dark: Story = {
  globals: {theme: 'dark'},
};

export const RightToLeft: Story = {
  globals: {locale: 'ar', dir: 'rtl'},
};
