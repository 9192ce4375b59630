import type {Preview} from '@storybook/web-components-vite';
import {setCustomElementsManifest} from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/define-all.js';
import {WidgetDocsPage} from './docs-page.js';
import {attributeArgTypes, declarationOf, publicManifest, useManifest, type Manifest} from './manifest.js';
import {withPageSettings} from './page-settings.js';

// Docs and controls come from the custom-elements manifest, public API only:
// a control for each attribute, the rest documented on each widget's Docs page.
useManifest(manifest as unknown as Manifest);
setCustomElementsManifest(publicManifest(manifest as unknown as Manifest));

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
    forcedColors: {
      description: 'Forced colours (a high-contrast palette like Windows Contrast themes; a preview, not the real media query)',
      toolbar: {
        title: 'Forced colours',
        icon: 'eye',
        items: [
          {value: 'none', title: 'Normal colours'},
          {value: 'active', title: 'Forced colours (preview)'},
        ],
        dynamicTitle: true,
      },
    },
    textSize: {
      description: 'Text size of the page, as a reader zooms text',
      toolbar: {
        title: 'Text size',
        icon: 'zoom',
        items: [
          {value: '100%', title: 'Text 100 %'},
          {value: '150%', title: 'Text 150 %'},
          {value: '200%', title: 'Text 200 %'},
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {locale: 'en', dir: 'auto', theme: 'light', motion: 'full', forcedColors: 'none', textSize: '100%'},
  tags: ['autodocs'],
  decorators: [withPageSettings],
  parameters: {
    // The story page (page-settings.ts) is the only padding: 1rem, like a theme's
    // gutters. Storybook's own padded layout added another, so at 320 px with 200 %
    // text the widgets were 192 px wide instead of the 256 px the reader-edges tests use.
    layout: 'fullscreen',
    controls: {expanded: true},
    docs: {
      page: WidgetDocsPage,
      extractArgTypes: attributeArgTypes,
      extractComponentDescription: (tag: string) => declarationOf(tag)?.description ?? '',
    },
    a11y: {test: 'error'},
  },
};
export default preview;
