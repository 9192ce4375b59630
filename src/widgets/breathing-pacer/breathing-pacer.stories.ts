import type {Meta, StoryObj} from '@storybook/web-components-vite';
import {renderNarrow, renderWidget} from '../../../.storybook/page-settings.js';

type Args = Record<string, unknown>;
const tag = 'ms-breathing-pacer';

const meta: Meta<Args> = {
  title: 'Widgets/Breathing pacer',
  component: tag,
  render: (args) => renderWidget(tag, args),
  args: {'heading-level': 2, preset: 'calm', minutes: 3},
  argTypes: {
    preset: {control: 'select', options: ['calm', 'box', '4-7-8', 'resonance']},
    inhale: {control: {type: 'number', min: 1, max: 20, step: 0.5}},
    'hold-in': {control: {type: 'number', min: 0, max: 20, step: 0.5}},
    exhale: {control: {type: 'number', min: 1, max: 20, step: 0.5}},
    'hold-out': {control: {type: 'number', min: 0, max: 20, step: 0.5}},
    minutes: {control: {type: 'number', min: 0, max: 60, step: 1}},
    breaths: {control: {type: 'number', min: 1, max: 500, step: 1}},
    countdown: {control: {type: 'number', min: 0, max: 10, step: 1}},
    'min-rate': {control: {type: 'number', min: 1, max: 30, step: 0.5}},
    'max-rate': {control: {type: 'number', min: 1, max: 30, step: 0.5}},
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The article's step 7: breathe in for 4 seconds, out for 6. Nothing starts until the reader presses Start. */
export const Calm: Story = {name: 'Calm (4 in, 6 out)'};

export const Box: Story = {name: 'Box (4-4-4-4)', args: {preset: 'box'}};

export const FourSevenEight: Story = {name: '4-7-8', args: {preset: '4-7-8'}};

export const Resonance: Story = {name: 'Resonance (5.5 in, 5.5 out)', args: {preset: 'resonance'}};

export const OwnPattern: Story = {
  name: 'Own pattern (5 in, 2 hold, 7 out, 10 minutes)',
  args: {inhale: 5, 'hold-in': 2, exhale: 7, minutes: 10},
};

export const UntilStopped: Story = {name: 'Until stopped (minutes="0")', args: {minutes: 0}};

export const ReducedMotion: Story = {
  name: 'Reduced motion (fills and fades)',
  args: {'reduced-motion': true},
};

export const WithCues: Story = {
  name: 'Sound, vibration and screen kept on',
  args: {sound: true, vibrate: true, 'keep-awake': true},
};

export const Dark: Story = {
  globals: {theme: 'dark'},
};

export const RightToLeft: Story = {
  name: 'Right to left',
  args: {preset: 'box'},
  globals: {locale: 'ar', dir: 'rtl'},
};

export const InBreaths: Story = {name: 'Session of 20 breaths (breaths="20")', args: {breaths: 20}};

export const NoCountdown: Story = {name: 'No countdown (countdown="0")', args: {countdown: 0}};

export const NarrowPaceRange: Story = {
  name: 'Reader pace between 5 and 7 breaths a minute',
  args: {'min-rate': 5, 'max-rate': 7},
};

export const Fixed: Story = {name: 'Fixed by the host (no reader choices)', args: {fixed: true}};

export const NoVoice: Story = {name: 'Spoken cues never offered (no-voice)', args: {'no-voice': true}};

export const KeptChoices: Story = {name: 'Reader choices kept in this browser (persist)', args: {persist: true}};

export const French: Story = {name: 'French, in a 320 px column', globals: {locale: 'fr'}, render: (args) => renderNarrow(tag, args)};
