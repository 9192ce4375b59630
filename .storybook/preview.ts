import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define-all.js';
import {withPageSettings} from './page-settings.js';

// Controls for every attribute come from the custom-elements manifest.
setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the widgets',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          {value: 'en', title: 'English'},
          {value: 'fr', title: 'Français'},
          {value: 'de', title: 'Deutsch'},
          {value: 'es', title: 'Español'},
          {value: 'it', title: 'Italiano'},
          {value: 'nl', title: 'Nederlands'},
          {value: 'ar', title: 'العربية (right to left)'},
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          {value: 'auto', title: 'From the language'},
          {value: 'ltr', title: 'Left to right'},
          {value: 'rtl', title: 'Right to left'},
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Theme of the widgets and the page behind them',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          {value: 'light', title: 'Light'},
          {value: 'dark', title: 'Dark'},
          {value: 'auto', title: 'Follow the system'},
        ],
        dynamicTitle: true,
      },
    },
    motion: {
      description: 'Reduced motion',
      toolbar: {
        title: 'Motion',
        icon: 'play',
        items: [
          {value: 'full', title: 'Motion allowed'},
          {value: 'reduce', title: 'Reduced motion'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {locale: 'en', dir: 'auto', theme: 'light', motion: 'full'},
  decorators: [withPageSettings],
  parameters: {
    controls: {expanded: true},
    a11y: {test: 'error'},
  },
};
export default preview;
