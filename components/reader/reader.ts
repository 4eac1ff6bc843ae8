/**
 * The reader script: the few KB of plain script every page runs at load, in place of the framework
 * (built by scripts/build-reader.ts into public/reader.js, loaded deferred from app/layout.tsx). It
 * gives the controls of a page for reading their behaviour by event delegation on the server-rendered
 * markup (copy buttons, copy-link, the theme toggle), registers the offline worker, and boots the
 * framework when the reader needs it (boot-framework.ts). In development, where pages are not
 * finished by the build, the framework runs at once and only the controls are wired here.
 */
import { bootFrameworkIfHeld, heldScriptFiles } from './boot-framework'
import { wireCopyButtons } from './copy-buttons'
import { registerOfflineSupport } from './offline-support'
import { wireThemeToggle } from './theme-toggle'

wireThemeToggle()
wireCopyButtons()
// Read before the boot, which takes the held scripts out of the page.
const heldFiles = heldScriptFiles()
if (bootFrameworkIfHeld()) registerOfflineSupport(heldFiles)
