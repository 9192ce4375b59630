import {createApp, h, ref} from 'vue';
import 'ms-numbness-widgets/breathing-pacer/define';

createApp({
  setup() {
    const status = ref('Not started yet.');
    return () =>
      h('main', [
        h('ms-breathing-pacer', {
          preset: 'box',
          minutes: '1',
          'heading-level': '2',
          // Vue listens to the DOM event "ms-breathing-start".
          onMsBreathingStart: () => (status.value = 'Session started.'),
          onMsBreathingComplete: (e: CustomEvent<{cycles: number}>) => (status.value = `Done: ${e.detail.cycles} breaths.`),
        }),
        h('p', {id: 'status', role: 'status'}, status.value),
      ]);
  },
}).mount('#app');
