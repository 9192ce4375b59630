import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {renderNarrow, renderWidget} from '../../../.storybook/page-settings.js';

type Args = Record<string, unknown>;
const tag = 'ms-medication-table';

const meta: Meta<Args> = {
  title: 'Widgets/Medication table',
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

export const HostTable: Story = {
  name: 'Host-supplied table',
  render: (args) =>
    renderWidget(
      tag,
      args,
      `<table>
        <caption>Medicines our nurses are asked about</caption>
        <thead><tr><th>Medicine</th><th>Possible effects on mood</th></tr></thead>
        <tbody>
          <tr><th>Interferon-beta</th><td>May cause low mood</td></tr>
          <tr><th>Steroids</th><td>May cause mood swings</td></tr>
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
