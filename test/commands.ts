/**
 * Browser commands for tests: emulated media, viewport size, keys and mouse.
 * Every test imports them from here, never from '@web/test-runner-commands'
 * directly, so that one file decides how each engine (Chromium, Firefox,
 * WebKit) is driven.
 */
export {emulateMedia, sendKeys, sendMouse, setViewport} from '@web/test-runner-commands';
