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

/** Example days as ms-mood-color and ms-warning-signs keep them with persist (only when this browser has none). */
function seedExampleDiaries(): void {
  const key = (daysAgo: number) => {
    const d = new Date();
    d.setDate(d.getDate() - daysAgo);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  const colors = ['grey', 'grey', 'charcoal', 'grey', 'blue', 'light-grey', 'grey', 'yellow', 'grey', 'grey', 'blue', 'grey', 'green', 'grey'];
  const mood = Object.fromEntries(colors.map((c, i) => [key(i * 2 + 1), {c}]));
  const signs = {list: 'article', days: {[key(20)]: ['hobbies'], [key(9)]: ['hobbies', 'crying'], [key(3)]: ['crying']}};
  if (!localStorage.getItem('ms-widgets:mood-color')) localStorage.setItem('ms-widgets:mood-color', JSON.stringify({v: 1, data: mood}));
  if (!localStorage.getItem('ms-widgets:warning-signs-history')) {
    localStorage.setItem('ms-widgets:warning-signs-history', JSON.stringify({v: 1, data: signs}));
  }
}

export const SinceLastAppointment: Story = {
  name: 'Since my last appointment (persist, example diaries)',
  args: {persist: true},
  render: (args) => {
    seedExampleDiaries();
    const frame = document.createElement('div');
    frame.append(
      renderWidget('ms-mood-color', {'heading-level': 2, persist: true}),
      renderWidget('ms-warning-signs', {'heading-level': 2, persist: true, country: args.country}),
      renderWidget(tag, args)
    );
    return frame;
  },
};

export const NothingSavedYet: Story = {
  name: 'Since my last appointment, nothing saved yet (persist)',
  args: {persist: true},
  render: (args) => {
    for (const key of ['ms-widgets:mood-color', 'ms-widgets:warning-signs-history']) localStorage.removeItem(key);
    return renderWidget(tag, args);
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
  globals: {locale: 'ar', dir: 'rtl'},
};
