/** The shape's animation: one compositor animation per breathing phase (loaded with the session). */
import {FILLED} from './shape.js';

/**
 * Starts the animation of one breathing phase on the compositor (one per
 * phase, no per-frame script). `into` is how far into the phase we are, in ms.
 * Holds need no animation: the shape stays where the last phase left it.
 */
export function animatePhase(
  target: HTMLElement,
  phase: string,
  reduced: boolean,
  duration: number,
  into: number
): Animation | undefined {
  if (phase !== 'inhale' && phase !== 'exhale') return undefined;
  // The breathed-out size is the stylesheet's (`--_small`), so the animation starts where the shape rests.
  const frames: Keyframe[] = reduced
    ? [{opacity: 0}, {opacity: FILLED}]
    : [{transform: `scale(${getComputedStyle(target).getPropertyValue('--_small').trim()})`}, {transform: 'none'}];
  if (phase === 'exhale') frames.reverse();
  const animation = target.animate(frames, {duration, easing: 'ease-in-out'});
  animation.currentTime = into;
  return animation;
}

/** Keeps one animation for the current phase, and knows which phase it is for. */
export class ShapeAnimator {
  private anim?: Animation;
  private key = '';

  /** Whether an animation is in place (or was not needed) for the current phase. */
  get started(): boolean {
    return this.key !== '';
  }

  /**
   * Shows phase `key` (e.g. breath and phase index): `start` makes the animation;
   * the same key again does nothing.
   */
  show(key: string, start: () => Animation | undefined | false): void {
    if (key === this.key) return;
    this.cancel();
    const animation = start();
    if (animation === false) return; // nothing to animate yet (no shape in the DOM)
    this.anim = animation;
    this.key = key;
  }

  pause(): void {
    this.anim?.pause();
  }

  cancel(): void {
    this.anim?.cancel();
    this.anim = undefined;
    this.key = '';
  }
}
