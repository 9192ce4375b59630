import {useEffect, useRef, useState} from 'react';
import {createRoot} from 'react-dom/client';
import 'ms-numbness-widgets/breathing-pacer/define';
import 'ms-numbness-widgets/jsx';
import type {MsBreathingPacer} from 'ms-numbness-widgets/breathing-pacer';

function App() {
  const pacer = useRef<MsBreathingPacer>(null);
  const [status, setStatus] = useState('Not started yet.');

  useEffect(() => {
    const el = pacer.current;
    if (!el) return;
    const onStart = () => setStatus('Session started.');
    const onComplete = (e: Event) => setStatus(`Done: ${(e as CustomEvent<{cycles: number}>).detail.cycles} breaths.`);
    el.addEventListener('ms-breathing-start', onStart);
    el.addEventListener('ms-breathing-complete', onComplete);
    return () => {
      el.removeEventListener('ms-breathing-start', onStart);
      el.removeEventListener('ms-breathing-complete', onComplete);
    };
  }, []);

  return (
    <main>
      <ms-breathing-pacer ref={pacer} preset="box" minutes="1" heading-level="2"></ms-breathing-pacer>
      <p id="status" role="status">{status}</p>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
