import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {renderNarrow, renderWidget} from '../../../.storybook/page-settings.js';

type Args = Record<string, unknown>;
const tag = 'ms-numbness-comparison';

const meta: Meta<Args> = {
  title: 'Widgets/Numbness comparison',
  component: tag,
  render: (args) => renderWidget(tag, args),
  args: {'heading-level': 2},
};
export default meta;

type Story = StoryObj<Args>;

export const Default: Story = {};

export const NarrowColumn: Story = {
  name: 'Narrow column (cards)',
  render: (args) => renderNarrow(tag, args),
};

export const CustomHeading: Story = {
  args: {heading: 'How numbness differs from sadness', 'heading-level': 3},
};

export const HostTable: Story = {
  name: 'Host-supplied table',
  render: (args) =>
    renderWidget(
      tag,
      args,
      `<table>
        <caption>Our own comparison</caption>
        <thead><tr><th>Aspect</th><th>Numbness</th><th>Sadness</th></tr></thead>
        <tbody>
          <tr><th>Crying</th><td>Hard to cry</td><td>Cries often</td></tr>
          <tr><th>Energy</th><td>Low</td><td>Low</td></tr>
        </tbody>
      </table>`
    ),
};

export const Dark: Story = {
  globals: {theme: 'dark'},
};

export const RightToLeft: Story = {
  globals: {locale: 'ar', dir: 'rtl'},
};
