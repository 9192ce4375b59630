import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {renderWidget} from '../../../.storybook/page-settings.js';

type Args = Record<string, unknown>;
const tag = 'ms-crisis-help';

const meta: Meta<Args> = {
  title: 'Widgets/Crisis help',
  component: tag,
  render: (args) => renderWidget(tag, args),
  args: {variant: 'card', country: 'GB', 'heading-level': 2},
};
export default meta;

type Story = StoryObj<Args>;

export const Card: Story = {};

export const Inline: Story = {
  name: 'Inline (inside other widgets)',
  args: {variant: 'inline'},
};

export const NotOpenAllDay: Story = {
  name: 'A line with opening hours (Italy)',
  args: {country: 'IT'},
};

export const UnknownCountry: Story = {
  name: 'No country known',
  args: {country: ''},
};

export const HostLine: Story = {
  name: 'Host adds a line',
  args: {country: 'US', 'line-name': 'National MS Society', 'line-phone': '1-800-344-4867'},
};

export const Dark: Story = {
  globals: {theme: 'dark'},
};

export const RightToLeft: Story = {
  globals: {locale: 'ar', dir: 'rtl'},
};
